import type { Principal } from "../auth/principal";
import { afterAppending, recorded, touchedByEntityDelete } from "../changes/change-log.store";
import { BadUserInputError, NotFoundError } from "../errors";
import type { StatementRunner } from "../graph/gateway";
import type { RequestDb } from "../graph/request-db";
import type { CreateEntityInput, UpdateEntityInput } from "../schema/entity.input";
import type { GraphQLResolveInfo } from "graphql";
import { citationProperties } from "../model/stored-values";
import type { ShapedEntity } from "../translate/shaped";
import { citedWrite } from "./cited-write";
import { entityStatement } from "./entity.store";
import { sourceText } from "./source-text";
import {
  aliasText,
  createdProps,
  givenProps,
  presentProps,
  resolveCitation,
  resolveCitations,
  type ResolvedCitation,
} from "./write.rules";

type Props = Record<string, unknown>;

declare module "../graph/statement-rows" {
  interface StatementRows {
    "mutations/find-items": {
      id: string;
      entityKind: string | null;
      eventKind: string | null;
      rate: boolean;
      relationshipType: string | null;
    };
    "mutations/create-entity": { entity: Props };
    "mutations/update-entity": { entity: Props; before: Props };
    "mutations/delete-entity": { relationshipsDeleted: number };
  }
}

/** Kinds a client may create; each is a label of the graph model (financial figures come from the seed only). */
const WRITABLE_KINDS = new Set(["Company", "Person", "GovernmentBody", "RiskFactor"]);
const OPTIONAL_FIELDS = [
  "description",
  "legalName",
  "shortName",
  "country",
  "status",
  "summary",
] as const;

export interface ItemKinds {
  entityKind: string | null;
  eventKind: string | null;
  /** True when an exchange rate has the id. */
  rate: boolean;
  /** The type of the relationship with the id (null when none has it). */
  relationshipType: string | null;
}

/** Which ids are stored (as entities, events, exchange rates or relationships), inside the write's transaction. */
export async function findItems(
  run: StatementRunner,
  ids: string[],
): Promise<Map<string, ItemKinds>> {
  const rows = await run("mutations/find-items", { ids: [...new Set(ids)] });
  return new Map(
    rows.map(({ id, entityKind, eventKind, rate, relationshipType }) => [
      id,
      { entityKind, eventKind, rate, relationshipType },
    ]),
  );
}

/**
 * Why a new item of `own` kind cannot take an id (ids are unique across entities, events, relationships and
 * exchange rates: `node(id)` finds each by it), or null when nothing of another kind has it.
 */
export function takenElsewhere(
  known: ItemKinds | undefined,
  own: "entity" | "event" | "relationship",
): string | null {
  if (!known) return null;
  if (own !== "entity" && known.entityKind) return `is the id of an entity (${known.entityKind})`;
  if (own !== "event" && known.eventKind) return `is the id of an event (${known.eventKind})`;
  if (own !== "relationship" && known.relationshipType)
    return `is the id of a relationship (${known.relationshipType})`;
  if (known.rate) return "is the id of an exchange rate";
  return null;
}

/** Creates an entity unless the id is stored; then returns the stored one unchanged (created: false). */
export async function createEntity(
  db: RequestDb,
  info: GraphQLResolveInfo,
  user: Principal,
  input: CreateEntityInput,
  now: string,
) {
  if (!WRITABLE_KINDS.has(input.kind)) {
    throw new BadUserInputError(
      "kind",
      "must be Company, Person, GovernmentBody or RiskFactor (financial figures come from the seed)",
    );
  }
  const citations = resolveCitations(input.citations, sourceText());
  const aliases = input.aliases ?? [];
  const props: Props = {
    id: input.id,
    kind: input.kind,
    name: input.name,
    aliases,
    aliasText: aliasText(aliases),
    ...presentProps(input as unknown as Props, OPTIONAL_FIELDS),
    ...citationProperties(citations),
    ...createdProps(user.id, now),
  };
  return citedWrite(db, { user, mutation: "createEntity", citations }, async (run, meta) => {
    const known = (await findItems(run, [input.id])).get(input.id);
    const taken = takenElsewhere(known, "entity");
    if (taken) throw new BadUserInputError("id", taken);
    if (known?.entityKind && known.entityKind !== input.kind) {
      throw new BadUserInputError("id", `is already the id of a ${known.entityKind}`);
    }
    const [stored] = await run("mutations/create-entity", {
      id: input.id,
      label: input.kind,
      props,
    });
    // The create returns its own after; before, there was no entity with the id (find-items), and a repeat of
    // the same create changes nothing.
    const changed = known?.entityKind
      ? []
      : [{ kind: "ENTITY" as const, id: input.id, before: null, after: stored!.entity }];
    const [row] = await run(afterAppending(meta, changed, entityStatement(info, ["entity"])), {
      id: input.id,
    });
    const answer = { created: !known?.entityKind, entity: row!.entity };
    // The citations stored (a repeated create links the first one's again, idempotently).
    return { answer, cited: { item: { id: input.id }, props: stored!.entity } };
  });
}

/** Sets the given fields, adds the citation; NOT_FOUND when there is no such entity. */
export async function updateEntity(
  db: RequestDb,
  info: GraphQLResolveInfo,
  user: Principal,
  input: UpdateEntityInput,
  now: string,
): Promise<ShapedEntity> {
  const citation = resolveCitation(input.citation, sourceText(), "citation");
  const props = givenProps(
    input as unknown as Props,
    ["name", "aliases", ...OPTIONAL_FIELDS],
    ["name", "aliases"],
  );
  if (Array.isArray(props.aliases)) props.aliasText = aliasText(props.aliases as string[]);
  const write = { user, mutation: "updateEntity", citations: [citation] };
  return citedWrite(db, write, async (run, meta) => {
    // The update reads the entity before and after itself, under its lock: no snapshots around it.
    const [row] = await run("mutations/update-entity", {
      id: input.id,
      props,
      citation,
      now,
      user: user.id,
    });
    if (!row) throw new NotFoundError("Entity", input.id);
    const change = { kind: "ENTITY" as const, id: input.id, before: row.before, after: row.entity };
    const [answer] = await run(afterAppending(meta, [change], entityStatement(info)), {
      id: input.id,
    });
    return {
      answer: answer!.entity,
      cited: { item: { id: input.id }, props: citationProperties([citation]) },
    };
  });
}

/** Deletes an entity with its relationships; deleting an id that is gone is not an error. */
export async function deleteEntity(
  db: RequestDb,
  user: Principal,
  id: string,
  citation: ResolvedCitation,
) {
  const write = { user, mutation: "deleteEntity", citations: [citation] };
  const [row] = await citedWrite(db, write, async (run, meta) => ({
    answer: await recorded(
      run,
      meta,
      () => touchedByEntityDelete(run, id),
      () => run("mutations/delete-entity", { id }),
    ),
  }));
  return {
    id,
    deleted: row !== undefined,
    relationshipsDeleted: row?.relationshipsDeleted ?? 0,
  };
}
