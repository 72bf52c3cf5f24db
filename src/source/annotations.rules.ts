import { sourceHref, textPositionSelector, textQuoteSelector } from "./selector.rules";

/** The W3C Web Annotation JSON-LD context (https://www.w3.org/TR/annotation-model/). */
export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** One cited item as list-citations.cypher returns it: parallel citation lists. */
export interface CitedItem {
  id: string;
  kind: string;
  type: string;
  name: string;
  sections: string[];
  quotes: string[];
  offsets: number[];
  urls: Array<string | null> | null;
}

export interface AnnotationOptions {
  /** Absolute base of the server, e.g. http://localhost:4000 (no trailing slash). */
  readonly base: string;
  /** The source text the offsets index. */
  readonly text: string;
}

type Json = Record<string, unknown>;

/** The IRI of the annotation collection and of one annotation in it. */
export const collectionIri = (base: string) => `${base}/export/annotations.jsonld`;
/** The source text as served (its IRI is the annotations' target source). */
export const sourceIri = (base: string) => `${base}/export/source.txt`;

/**
 * Every citation as a W3C Web Annotation: the target is the quote in the source text (a TextQuoteSelector with 32
 * characters either side and a TextPositionSelector, so a reader can find it by text or position), the bodies
 * name the fact (its id, and a description of it), the motivation is `identifying` (the quoted text identifies
 * the fact), and `scope` links to the quote on the /source page. A citation of another source (an editor's `url`)
 * targets that URL with the quote alone. All of them in one AnnotationCollection with one AnnotationPage.
 */
export function toAnnotations(items: readonly CitedItem[], options: AnnotationOptions): Json {
  const { base, text } = options;
  const annotations: Json[] = [];
  for (const item of items) {
    item.quotes.forEach((quote, i) => {
      const offset = item.offsets[i] ?? -1;
      const url = item.urls?.[i] || null;
      const ofSource = !url && offset >= 0 && offset + quote.length <= text.length;
      annotations.push({
        id: `${collectionIri(base)}#${encodeURIComponent(item.id)}-${i}`,
        type: "Annotation",
        motivation: "identifying",
        body: [
          { type: "TextualBody", purpose: "identifying", value: item.id, format: "text/plain" },
          {
            type: "TextualBody",
            purpose: "describing",
            value: `${item.type} ${item.name} (${item.kind.toLowerCase().replace("_", " ")}), cited in ${item.sections[i] ?? "the source"}`,
            format: "text/plain",
          },
        ],
        target: ofSource
          ? {
              type: "SpecificResource",
              source: sourceIri(base),
              selector: [
                { type: "TextQuoteSelector", ...textQuoteSelector(text, offset, quote.length) },
                { type: "TextPositionSelector", ...textPositionSelector(offset, quote.length) },
              ],
              scope: `${base}${sourceHref(offset)}`,
            }
          : {
              type: "SpecificResource",
              source: url ?? sourceIri(base),
              selector: { type: "TextQuoteSelector", exact: quote },
            },
      });
    });
  }
  return {
    "@context": ANNO_CONTEXT,
    id: collectionIri(base),
    type: "AnnotationCollection",
    label:
      "Citations of the IIJ knowledge graph in Internet Initiative Japan's Form 20-F for fiscal 2007",
    total: annotations.length,
    first: {
      id: `${collectionIri(base)}#page-1`,
      type: "AnnotationPage",
      startIndex: 0,
      items: annotations,
    },
  };
}
