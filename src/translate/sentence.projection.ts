import type { FieldNode } from "graphql";
import { int } from "../graph/values";
import { sourceDocument } from "../source/source-document";
import type { Translation } from "./translation";
import { nodesAt } from "./walk";

/**
 * A sentence node `s` as the source store reads it (document.store.ts `toSentence` makes the `Sentence`): its
 * stored properties, and `citedBy` when the selection under `nodes` asks for it.
 */
export function sentenceProjection(t: Translation, s: string, nodes: readonly FieldNode[]): string {
  const stored = `.id, .offset, .length, .text, .kind, .sectionId, .fragmentOffsets, .fragmentLengths`;
  const cited = nodesAt(nodes, ["citedBy"], t.walk).length > 0;
  return `${s} {${stored}${cited ? `, citedBy: ${citedByProjection(t, s)}` : ""}}`;
}

/**
 * What cites the sentence `s`: the entities, events and exchange rates a SUPPORTS link points at, and the
 * relationships a FROM end's link names by id (`cites`); entities first, then relationships, events and
 * rates, each kind by id, then by the citation's offset.
 */
export function citedByProjection(t: Pick<Translation, "variables">, s: string): string {
  const [sup, x, a, r, b] = t.variables("sup", "x", "a", "r", "b");
  const [rank, fact] = t.variables("rank", "fact");
  return [
    "COLLECT {",
    `CALL (${s}) {`,
    `MATCH (${s})-[${sup}:SUPPORTS {end: 'SELF'}]->(${x})`,
    `RETURN CASE WHEN ${x}:Event THEN 2 WHEN ${x}:ExchangeRate THEN 3 ELSE 0 END AS ${rank}, {`,
    `id: ${x}.id,`,
    `kind: CASE WHEN ${x}:Event THEN 'EVENT' WHEN ${x}:ExchangeRate THEN 'EXCHANGE_RATE' ELSE 'ENTITY' END,`,
    `type: CASE WHEN ${x}:ExchangeRate THEN 'ExchangeRate' ELSE ${x}.kind END,`,
    `name: ${x}.name, from: null, to: null, quote: ${sup}.quote, offset: ${sup}.offset`,
    `} AS ${fact}`,
    "UNION",
    `MATCH (${s})-[${sup}:SUPPORTS {end: 'FROM'}]->(${a})-[${r}]->(${b})`,
    `WHERE ${r}.id = ${sup}.cites`,
    `RETURN 1 AS ${rank}, {`,
    `id: ${r}.id, kind: 'RELATIONSHIP', type: type(${r}), name: ${a}.name + ' ' + type(${r}) + ' ' + ${b}.name,`,
    `from: ${a}.id, to: ${b}.id, quote: ${sup}.quote, offset: ${sup}.offset`,
    `} AS ${fact}`,
    "}",
    `RETURN ${fact} ORDER BY ${rank}, ${fact}.id, ${fact}.offset`,
    "}",
  ].join("\n");
}

/** The longest span of a sentence in the source (from its start to the end of its last fragment). */
let longest: number | undefined;
const longestSentence = (): number =>
  (longest ??= Math.max(0, ...sourceDocument().sentences.map((s) => s.length)));

/**
 * What cites each sentence a citation of the source at `offset` with `quote` may overlap: `{id, citedBy}` for every
 * sentence whose span meets the quote's (a superset of the ones its context shows; -1, another source's
 * citation, meets none). The span's start is bounded by the longest sentence, so the offset index is read for
 * a few sentences around the quote only.
 */
export function contextSentencesProjection(t: Translation, offset: string, quote: string): string {
  const s = t.variable("s");
  const reach = t.param(int(longestSentence()));
  return [
    "COLLECT {",
    `MATCH (${s}:Sentence) WHERE ${offset} >= 0 AND ${s}.offset > ${offset} - ${reach}`,
    `AND ${s}.offset <= ${offset} + size(${quote}) AND ${s}.offset + ${s}.length > ${offset}`,
    `RETURN {id: ${s}.id, citedBy: ${citedByProjection(t, s)}}`,
    "}",
  ].join("\n");
}
