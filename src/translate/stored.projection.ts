import {
  getNullableType,
  GraphQLBoolean,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLNamedType,
} from "graphql";
import { CITATION_LISTS, MONEY_SUFFIXES } from "../model/stored-values";
import { namedTypeOf, type SelectedField } from "./walk";

/** The citations of a stored node or relationship, as `Citation` objects (see model/stored-values.ts). */
export function citationsProjection(v: string): string {
  const i = `c_${v.replace(/\W/g, "_")}`;
  const { section, quote, offset, url } = CITATION_LISTS;
  return (
    `[${i} IN range(0, size(coalesce(${v}.${quote}, [])) - 1) | ` +
    `{section: coalesce(${v}.${section}[${i}], ''), quote: ${v}.${quote}[${i}], ` +
    `offset: coalesce(${v}.${offset}[${i}], 0), url: CASE WHEN ${v}.${url}[${i}] <> '' THEN ${v}.${url}[${i}] END}]`
  );
}

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
export function storedField(v: string, field: SelectedField, moneyOn = "null"): string | undefined {
  const named = namedTypeOf(field);
  if (isNamed(named, "Citation")) return citationsProjection(v);
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
