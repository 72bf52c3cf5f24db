import type { FieldNode, GraphQLResolveInfo } from "graphql";
import type { CypherName } from "../graph/cypher-registry";
import { Translation } from "./translation";

/**
 * A root statement with what the translator appends to it: the fixed part is the named file under cypher/
 * (it leaves the root's nodes in scope), the generated part the RETURN clause shaped like the answer, every
 * value in it a parameter ($p1, $p2, ...).
 */
export interface GeneratedStatement<R extends Record<string, unknown> = Record<string, unknown>> {
  readonly name: CypherName;
  readonly returns: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** Never set: the type of the rows the statement returns (the columns its RETURN clause writes). */
  readonly row?: R;
}

/** What a translation reads of the resolve info: the root field's nodes and path, the document's fragments, the variables. */
export type RootInfo = Pick<
  GraphQLResolveInfo,
  "fieldNodes" | "fragments" | "variableValues" | "schema" | "path"
>;

/** Translations made, per first field node of a (cached, so reused) document, then by statement and variables. */
const made = new WeakMap<FieldNode, Map<string, GeneratedStatement>>();
/** Longest variables JSON whose translation is kept, and how many variable sets one document keeps. */
const MAX_VARIABLES_JSON = 1024;
const MAX_PER_DOCUMENT = 64;

/**
 * The statement `name` completed by `returns`, which writes the RETURN clause for the root field's
 * selection. Apollo keeps parsed documents, so a repeated operation brings the same field nodes: its
 * translation is made once per variables (it depends only on the document, the variables and the schema).
 */
export function translate<R extends Record<string, unknown> = Record<string, unknown>>(
  info: RootInfo,
  name: CypherName,
  returns: (t: Translation, nodes: readonly FieldNode[]) => string,
  /** Tells apart two translations of one root field into one statement (e.g. where the answer sits under it). */
  shape = "",
): GeneratedStatement<R> {
  const make = (): GeneratedStatement<R> => {
    // A mutation reads its answer in its own transaction, before the links of its sentences are written.
    const inWrite = info.path.typename === info.schema.getMutationType()?.name;
    const t = new Translation(info, !inWrite);
    const text = returns(t, info.fieldNodes);
    return { name, returns: text, params: t.params };
  };
  const variables = JSON.stringify(info.variableValues);
  const [fieldNode] = info.fieldNodes;
  if (!fieldNode || variables.length > MAX_VARIABLES_JSON) return make();
  const key = `${name}|${shape}|${info.fieldNodes.length}|${variables}`;
  let byKey = made.get(fieldNode);
  if (!byKey) made.set(fieldNode, (byKey = new Map()));
  let statement = byKey.get(key);
  if (!statement) {
    if (byKey.size >= MAX_PER_DOCUMENT) byKey.clear();
    byKey.set(key, (statement = make()));
  }
  // One cache for every root: the entry was made for this name and shape, so with this row type.
  return statement as GeneratedStatement<R>;
}

/** The response path of the root field, for error messages (`entities`, `createEntity`). */
export const rootPath = (info: Pick<RootInfo, "path">): string => String(info.path.key);
