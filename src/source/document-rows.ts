import type { Seed } from "../seed/seed-files";
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

interface Cited {
  readonly props: Record<string, unknown>;
}

function citationsOf(item: Cited): Array<{ quote: string; offset: number }> {
  const quotes = (item.props.citeQuote as string[] | undefined) ?? [];
  const offsets = (item.props.citeOffset as number[] | undefined) ?? [];
  return quotes.map((quote, i) => ({ quote, offset: offsets[i]! })).filter((c) => c.offset >= 0);
}

/**
 * Rows for cypher/seed/merge-document, merge-sentences and merge-supports: the document, its sections and
 * sentences, and one SUPPORTS row per (citation, sentence it overlaps, node). A node's citation points at the
 * node (`end: 'SELF'`); a relationship's citation points at both its ends, with the relationship's id (`cites`)
 * and type on the SUPPORTS relationship, so `(s)-[sup:SUPPORTS {end: 'FROM'}]->(a)-[r]->(b) WHERE r.id =
 * sup.cites` finds the relationship (Neo4j has no relationship that points at a relationship).
 */
export function documentRows(
  seed: Seed,
  doc: SourceDocument = buildDocument(seed.source, seed.outline),
): DocumentRows {
  const rows = seedRows(seed);
  const supports: SupportRow[] = [];
  const cite = (
    item: Cited,
    add: (c: { quote: string; offset: number }, sentence: string) => void,
  ) => {
    for (const c of citationsOf(item))
      for (const s of sentencesOverlapping(doc, c.offset, c.quote.length)) add(c, s.id);
  };
  const nodes = [...rows.entities, ...rows.events, ...rows.exchangeRates];
  for (const node of nodes)
    cite(node, (c, sentence) =>
      supports.push({
        sentence,
        target: node.id,
        cites: node.id,
        relationshipType: null,
        end: "SELF",
        ...c,
      }),
    );
  for (const r of rows.relationships)
    cite(r, (c, sentence) => {
      const common = { sentence, cites: r.id, relationshipType: r.type, ...c };
      supports.push(
        { ...common, target: r.from, end: "FROM" },
        { ...common, target: r.to, end: "TO" },
      );
    });
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
