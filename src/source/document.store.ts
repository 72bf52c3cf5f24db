import DataLoader from "dataloader";
import { BadUserInputError, NotFoundError } from "../errors";
import type { RequestDb } from "../graph/request-db";
import { int } from "../graph/values";
import { decodeCursor, encodeCursor, type ConnectionRecord } from "../domain/connection.rules";
import { luceneQuery } from "../domain/search.rules";
import { citedByProjection, sentenceProjection } from "../translate/sentence.projection";
import { translate, type GeneratedStatement, type RootInfo } from "../translate/translate";
import { FIXED_NAMES } from "../translate/translation";
import { nodesAt } from "../translate/walk";
import { DOCUMENT_ID } from "./document-rows";
import { sourceHref } from "./selector.rules";
import type { CitedItem } from "./annotations.rules";

export interface SectionRecord {
  id: string;
  title: string;
  parentId: string | null;
  level: number;
  offset: number;
  length: number;
}

export interface DocumentRecord {
  id: string;
  title: string;
  source: string;
  period: string;
  length: number;
  sections: SectionRecord[];
}

export interface SentenceRecord {
  id: string;
  offset: number;
  length: number;
  text: string;
  kind: string;
  sectionId: string;
  fragments: Array<{ offset: number; length: number }>;
  href: string;
  /** What cites it, when the statement that read it was asked (sentence.projection.ts). */
  citedBy?: FactRecord[];
}

export interface FactRecord {
  id: string;
  kind: "ENTITY" | "EVENT" | "EXCHANGE_RATE" | "RELATIONSHIP";
  type: string;
  name: string;
  from: string | null;
  to: string | null;
  quote: string;
  offset: number;
}

export interface CoverageRecord {
  sentences: number;
  cited: number;
  uncited: number;
}

type StoredSentence = Omit<SentenceRecord, "fragments" | "href"> & {
  fragmentOffsets: number[];
  fragmentLengths: number[];
};

declare module "../graph/statement-rows" {
  interface StatementRows {
    "source/get-document": { document: DocumentRecord };
    "source/get-source-text": { length: number; text: string };
    "source/get-coverage": { sentences: number; cited: number };
    "source/list-citations": CitedItem;
  }
}

export function toSentence(row: StoredSentence): SentenceRecord {
  const { fragmentOffsets, fragmentLengths, ...rest } = row;
  return {
    ...rest,
    fragments: fragmentOffsets.map((offset, i) => ({ offset, length: fragmentLengths[i]! })),
    href: sourceHref(row.offset),
  };
}

/** The source has not been loaded (a database seeded before the source was part of the seed). */
function notLoaded(): NotFoundError {
  return new NotFoundError("Document", DOCUMENT_ID);
}

export async function getDocument(db: RequestDb): Promise<DocumentRecord> {
  const [row] = await db.read("source/get-document", { documentId: DOCUMENT_ID });
  if (!row) throw notLoaded();
  return row.document;
}

export async function getSourceText(
  db: RequestDb,
  offset: number,
  length: number,
): Promise<string> {
  const [row] = await db.read("source/get-source-text", {
    documentId: DOCUMENT_ID,
    offset: int(offset),
    length: int(length),
  });
  if (!row) throw notLoaded();
  const total = row.length;
  if (offset >= total)
    throw new BadUserInputError("offset", `must be less than the text's length, ${total}`);
  return row.text;
}

/** The `sentences` connection's statement: a page of sentence nodes, each shaped like `edges.node`. */
export const sentencesStatement = (info: RootInfo) =>
  translate<{ found: boolean; totalCount: number; sentences: StoredSentence[] }>(
    info,
    "source/list-sentences",
    (t, nodes) => {
      const sentence = sentenceProjection(t, "s", nodesAt(nodes, ["edges", "node"], t.walk));
      return `RETURN found, totalCount, [s IN page | ${sentence}] AS sentences`;
    },
  );

/** Sentences of a section (or all) in text order; the cursor is the sentence's id (`s-<offset>`). */
export async function listSentences(
  db: RequestDb,
  info: RootInfo,
  args: { sectionId?: string | null; cited?: boolean | null; first: number; after?: string | null },
): Promise<ConnectionRecord<SentenceRecord>> {
  let afterOffset = -1;
  if (args.after) {
    const id = decodeCursor(args.after, "after");
    const match = /^s-(\d+)$/.exec(id);
    if (!match) throw new BadUserInputError("after", "is not a cursor returned by this API");
    afterOffset = Number(match[1]);
  }
  const [row] = await db.read(sentencesStatement(info), {
    sectionId: args.sectionId ?? null,
    cited: args.cited ?? null,
    afterOffset: int(afterOffset),
    first: int(args.first),
  });
  if (!row?.found) throw new NotFoundError("Section", args.sectionId ?? "");
  const all = row.sentences.map(toSentence);
  const page = all.slice(0, args.first);
  return {
    edges: page.map((node) => ({ node, cursor: encodeCursor(node.id) })),
    totalCount: row.totalCount,
    pageInfo: {
      hasNextPage: all.length > args.first,
      hasPreviousPage: afterOffset >= 0,
      startCursor: page[0] ? encodeCursor(page[0].id) : null,
      endCursor: page.length ? encodeCursor(page[page.length - 1]!.id) : null,
    },
  };
}

/** The `sentence` query's statement: the sentence at an offset, shaped like the selection, and the text's length. */
export const sentenceStatement = (info: RootInfo) =>
  translate<{ length: number; sentence: StoredSentence | null }>(
    info,
    "source/get-sentence",
    (t, nodes) => `RETURN length, ${sentenceProjection(t, "s", nodes)} AS sentence`,
  );

export async function getSentence(
  db: RequestDb,
  info: RootInfo,
  offset: number,
): Promise<SentenceRecord | null> {
  const [row] = await db.read(sentenceStatement(info), {
    documentId: DOCUMENT_ID,
    offset: int(offset),
  });
  if (!row) throw notLoaded();
  const total = row.length;
  if (offset >= total)
    throw new BadUserInputError("offset", `must be less than the text's length, ${total}`);
  return row.sentence ? toSentence(row.sentence) : null;
}

/** The `searchText` query's statement: the hits best first, each sentence shaped like `sentence`. */
export const searchTextStatement = (info: RootInfo) =>
  translate<{ sentence: StoredSentence; score: number }>(
    info,
    "source/search-sentences",
    (t, nodes) => {
      const sentence = sentenceProjection(t, "s", nodesAt(nodes, ["sentence"], t.walk));
      return `RETURN ${sentence} AS sentence, score`;
    },
  );

export async function searchSentences(
  db: RequestDb,
  info: RootInfo,
  text: string,
  first: number,
): Promise<Array<{ sentence: SentenceRecord; score: number }>> {
  const query = luceneQuery(text);
  if (query === undefined) throw new BadUserInputError("text", "must contain a letter or a digit");
  const rows = await db.read(searchTextStatement(info), { query, first: int(first) });
  return rows.map((r) => ({
    sentence: toSentence(r.sentence),
    score: r.score,
  }));
}

export async function getCoverage(db: RequestDb): Promise<CoverageRecord> {
  const [row] = await db.read("source/get-coverage");
  const sentences = row?.sentences ?? 0;
  const cited = row?.cited ?? 0;
  return { sentences, cited, uncited: sentences - cited };
}

/** The batch statement of citedByLoader: what cites each sentence of `$ids` (`facts`, in citedBy's order). */
const CITED_BY_ROWS: GeneratedStatement<{ id: string; facts: FactRecord[] }> = {
  name: "source/list-cited-by",
  returns: `RETURN sentenceId AS id, ${citedByProjection(FIXED_NAMES, "s")} AS facts`,
  params: {},
};

/**
 * Loads `citedBy` for the sentences of a request that no statement read it with (citations' contexts in a
 * mutation's answer, or of exchange rates, changes and `knownAt` reads), with one statement for all of them;
 * the others bring their own (translate/sentence.projection.ts).
 */
export function citedByLoader(db: RequestDb): DataLoader<string, FactRecord[]> {
  return new DataLoader(async (ids) => {
    const rows = await db.read(CITED_BY_ROWS, { ids });
    const byId = new Map(rows.map((r) => [r.id, r.facts]));
    return ids.map((id) => byId.get(id) ?? []);
  });
}

/** Every cited item with its citations (the annotations export). */
export async function listCitations(db: RequestDb): Promise<CitedItem[]> {
  return db.read("source/list-citations");
}
