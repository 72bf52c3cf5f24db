import {
  getNullableType,
  GraphQLBoolean,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLNamedType,
} from "graphql";
import { namedTypeOf, type SelectedField } from "./walk";

/**
 * The citations of a stored node or relationship, as `Citation` objects. They are stored as parallel lists
 * (citeSection, citeQuote, citeOffset, citeUrl) because Neo4j properties cannot hold maps.
 */
export function citationsProjection(v: string): string {
  const i = `${v}_c`;
  return (
    `[${i} IN range(0, size(coalesce(${v}.citeQuote, [])) - 1) | ` +
    `{section: coalesce(${v}.citeSection[${i}], ''), quote: ${v}.citeQuote[${i}], ` +
    `offset: coalesce(${v}.citeOffset[${i}], 0), url: CASE WHEN ${v}.citeUrl[${i}] <> '' THEN ${v}.citeUrl[${i}] END}]`
  );
}

/**
 * An amount stored flat under a prefix (`amount`, `amountCurrency`, `amountApproximate`, ...) as a `Money`
 * object; `on` is the date whose exchange rate values it in US dollars (null: the convenience rate), which the
 * Money field resolvers apply.
 */
export function moneyProjection(v: string, prefix: string, on: string): string {
  return (
    `CASE WHEN ${v}.${prefix}Currency IS NULL THEN null ELSE {amount: ${v}.${prefix}, ` +
    `currency: ${v}.${prefix}Currency, approximate: coalesce(${v}.${prefix}Approximate, false), ` +
    `uncertain: coalesce(${v}.${prefix}Uncertain, false), raw: ${v}.${prefix}Raw, on: ${on}} END`
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
