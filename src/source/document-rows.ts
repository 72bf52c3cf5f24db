import type { Seed } from "../seed/seed-files";
import { citationsOf } from "../model/stored-values";
import { seedRows } from "../seed/seed-rows";
import { buildDocument, sentencesOverlapping, type SourceDocument } from "./document.rules";

/** The document node's id: one source text per graph. */
export const DOCUMENT_ID = "iij-form-20f-fy2007";

export interface SupportRow {
  /** The sentence's id. */
  readonly sentence: string;
  /** The node the SUPPORTS relationship points at: the cited item, or one end of the cited relationship. */
  readonly target: string;
  /** The id of the item that cites the sentence: the target node itself, or the relationship. */
  readonly cites: string;
  /** The cited relationship's type; null for a node's own citation. */
  readonly relationshipType: string | null;
  /** SELF for a node's own citation; FROM or TO: which end of the cited relationship the target is. */
  readonly end: "SELF" | "FROM" | "TO";
  /** The citation's quote and offset (a quote can run over several sentences: one row for each). */
  readonly quote: string;
  readonly offset: number;
}

export interface DocumentRows {
  readonly document: Record<string, unknown>;
  readonly sections: Array<Record<string, unknown>>;
  readonly sentences: Array<Record<string, unknown>>;
  readonly supports: SupportRow[];
}

/** What cites: a node (an entity, event or exchange rate) or a relationship with its ends. */
export type CitingItem =
  | { readonly id: string; readonly relationship?: undefined }
  | { readonly id: string; readonly relationship: { type: string; from: string; to: string } };

/**
 * The SUPPORTS rows of an item's citations (`citeQuote` / `citeOffset` as stored): one per (citation, sentence
 * it overlaps, node). A node's citation points at the node (`end: 'SELF'`); a relationship's citation points at
 * both its ends, with the relationship's id (`cites`) and type on the SUPPORTS relationship, so
 * `(s)-[sup:SUPPORTS {end: 'FROM'}]->(a)-[r]->(b) WHERE r.id = sup.cites` finds the relationship (Neo4j has no
 * relationship that points at a relationship). The seed load and every write that adds citations use it.
 */
export function supportRows(
  doc: SourceDocument,
  item: CitingItem,
  props: Record<string, unknown>,
): SupportRow[] {
  const rows: SupportRow[] = [];
  const cited = citationsOf(props)
    .filter((c) => c.offset >= 0) // another source's citation: no sentence of the 20-F
    .map((c) => ({ quote: c.quote, offset: c.offset }));
  for (const c of cited)
    for (const s of sentencesOverlapping(doc, c.offset, c.quote.length)) {
      if (!item.relationship) {
        rows.push({
          sentence: s.id,
          target: item.id,
          cites: item.id,
          relationshipType: null,
          end: "SELF",
          ...c,
        });
        continue;
      }
      const { type, from, to } = item.relationship;
      const common = { sentence: s.id, cites: item.id, relationshipType: type, ...c };
      rows.push({ ...common, target: from, end: "FROM" }, { ...common, target: to, end: "TO" });
    }
  return rows;
}

/** Rows for cypher/seed/merge-document and merge-sentences, and cypher/source/merge-supports: the document, its sections and sentences, and what cites each sentence. */
export function documentRows(
  seed: Seed,
  doc: SourceDocument = buildDocument(seed.source, seed.outline),
): DocumentRows {
  const rows = seedRows(seed);
  const supports: SupportRow[] = [
    ...[...rows.entities, ...rows.events, ...rows.exchangeRates].flatMap((node) =>
      supportRows(doc, { id: node.id }, node.props),
    ),
    ...rows.relationships.flatMap((r) =>
      supportRows(
        doc,
        { id: r.id, relationship: { type: r.type, from: r.from, to: r.to } },
        r.props,
      ),
    ),
  ];
  return {
    document: {
      id: DOCUMENT_ID,
      name: doc.title,
      title: doc.title,
      source: doc.source,
      period: doc.period,
      length: doc.length,
      text: doc.text,
    },
    sections: doc.sections.map((s, order) => ({
      id: s.id,
      name: s.title,
      title: s.title,
      parentId: s.parentId,
      level: s.level,
      order,
      offset: s.offset,
      length: s.length,
    })),
    sentences: doc.sentences.map((s) => ({
      id: s.id,
      name: s.text.length > 60 ? `${s.text.slice(0, 57)}...` : s.text,
      text: s.text,
      kind: s.kind,
      sectionId: s.sectionId,
      offset: s.offset,
      length: s.length,
      fragmentOffsets: s.fragments.map((f) => f.offset),
      fragmentLengths: s.fragments.map((f) => f.length),
    })),
    supports,
  };
}
