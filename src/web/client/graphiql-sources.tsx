import { useState, useSyncExternalStore } from "react";
import { citedSources, type CitedSource } from "../cited-sources.rules";

/*
 * Beside GraphiQL's results: the places in the source the last result cites, each a link to the source page
 * (`/source#offset-N`, which scrolls to the sentence and marks it). The fetcher hands every query and
 * mutation result to showSourcesOf.
 */

let current: CitedSource[] = [];
const listeners = new Set<() => void>();

/** Lists the places `result` cites (none: the aside hides). */
export function showSourcesOf(result: unknown): void {
  current = citedSources(result);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The first words of a quote, for a link's text. */
const QUOTE_CHARS = 90;
const shortened = (text: string) =>
  text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 1)}…` : text;

export function CitedSourcesAside() {
  const sources = useSyncExternalStore(subscribe, () => current);
  const [open, setOpen] = useState(true);
  if (sources.length === 0) return null;
  return (
    <aside className="cited-sources" aria-label="Places in the source this result cites">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? "▾" : "▸"} Cited in the source: {sources.length}{" "}
        {sources.length === 1 ? "place" : "places"}
      </button>
      {open && (
        <ol>
          {sources.map((s) => (
            <li key={s.offset}>
              <a href={s.href} target="_blank" rel="noopener">
                {s.section ? <span className="section">{s.section}</span> : null}“
                {shortened(s.text)}”
              </a>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
