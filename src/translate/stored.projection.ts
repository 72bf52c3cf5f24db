import {
  getNullableType,
  GraphQLBoolean,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLNamedType,
} from "graphql";
import { CITATION_LISTS, MONEY_SUFFIXES } from "../model/stored-values";
import { contextSentencesProjection } from "./sentence.projection";
import type { Translation } from "./translation";
import { namedTypeOf, nodesAt, type SelectedField } from "./walk";

/**
 * The citations of a stored node or relationship, as `Citation` objects (see model/stored-values.ts). When the
 * selection asks what cites the sentences of a citation's `context`, each citation also carries them
 * (`citedSentences`, see sentence.projection.ts), which the context's resolver hands on.
 */
export function citationsProjection(t: Translation, v: string, field: SelectedField): string {
  const i = `c_${v.replace(/\W/g, "_")}`;
  const { section, quote, offset, url } = CITATION_LISTS;
  const at = (list: string) => `${v}.${list}[${i}]`;
  const citedSentences = asksContextCitedBy(t, field)
    ? `, citedSentences: ${contextSentencesProjection(t, `coalesce(${at(offset)}, -1)`, at(quote))}`
    : "";
  return (
    `[${i} IN range(0, size(coalesce(${v}.${quote}, [])) - 1) | ` +
    `{section: coalesce(${at(section)}, ''), quote: ${at(quote)}, ` +
    `offset: coalesce(${at(offset)}, 0), url: CASE WHEN ${at(url)} <> '' THEN ${at(url)} END${citedSentences}}]`
  );
}

/**
 * Whether the citations' selection asks for `citedBy` of their context's sentences, and the statement reads
 * links that are written (not in a write's own transaction: its links are merged after it commits, so there the
 * context's resolver loads them afterwards).
 */
const asksContextCitedBy = (t: Translation, field: SelectedField): boolean =>
  t.linksWritten &&
  ["sentence", "sentences"].some(
    (s) => nodesAt(field.nodes, ["context", s, "citedBy"], t.walk).length > 0,
  );

/**
 * An amount stored flat under a prefix (see model/stored-values.ts) as a `Money` object; `on` is the date whose
 * exchange rate values it in US dollars (null: the convenience rate), which the Money field resolvers apply.
 */
export function moneyProjection(v: string, prefix: string, on: string): string {
  const [amount, currency, approximate, uncertain, raw] = MONEY_SUFFIXES.map(
    (s) => `${v}.${prefix}${s}`,
  );
  return (
    `CASE WHEN ${currency} IS NULL THEN null ELSE {amount: ${amount}, currency: ${currency}, ` +
    `approximate: coalesce(${approximate}, false), uncertain: coalesce(${uncertain}, false), ` +
    `raw: ${raw}, on: ${on}} END`
  );
}

const isNamed = (type: GraphQLNamedType, name: string) => type.name === name;

/**
 * A field read straight from the stored properties of `v`: citations and money decoded, a required flag
 * false and a required list empty when the property is absent, anything else as stored (null when absent).
 * Undefined for a field that is not a stored value (an object the caller projects itself).
 */
export function storedField(
  t: Translation,
  v: string,
  field: SelectedField,
  moneyOn = "null",
): string | undefined {
  const named = namedTypeOf(field);
  if (isNamed(named, "Citation")) return citationsProjection(t, v, field);
  if (isNamed(named, "Money")) return moneyProjection(v, field.name, moneyOn);
  const type = field.definition.type;
  if (!isLeafType(named)) return undefined;
  if (isNonNullType(type)) {
    if (isListType(getNullableType(type))) return `coalesce(${v}.${field.name}, [])`;
    if (named === GraphQLBoolean) return `coalesce(${v}.${field.name}, false)`;
  }
  return `${v}.${field.name}`;
}

/**
 * Whether the translator leaves a field to its own resolver, which reads what it needs from the parent (an
 * item's `history`, by its id). Plain fields have no resolver of their own (`simpleResolvers`).
 */
export const resolvedFromParent = (field: SelectedField): boolean =>
  field.definition.resolve !== undefined;
