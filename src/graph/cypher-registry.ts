import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/**
 * Every Cypher statement the program runs, by file name under cypher/ (without ".cypher").
 * cypher/browser/ holds saved queries for Neo4j Browser users and is not run by the program. The
 * statements under queries/ that read entities, relationships or events are root statements: they leave
 * their nodes in scope and the translator (src/translate/) appends the RETURN clause the selection asks for.
 */
export const CYPHER_NAMES = [
  "schema/constraint-entity-id",
  "schema/constraint-event-id",
  "schema/constraint-exchange-rate-id",
  "schema/fulltext-entity-names",
  "schema/index-entity-kind",
  "schema/index-event-date",
  "schema/index-event-kind",
  "schema/text-index-entity-name",
  "schema/index-entity-country",
  "schema/constraint-document-id",
  "schema/constraint-section-id",
  "schema/constraint-sentence-id",
  "schema/index-sentence-offset",
  "schema/fulltext-sentence-text",
  "schema/index-change-seq",
  "schema/index-change-item",
  "schema/index-change-time",
  "schema/fulltext-relationship-ids",
  "health/ping",
  "seed/count-nodes",
  "seed/await-indexes",
  "seed/delete-all",
  "seed/merge-entities",
  "seed/merge-relationships",
  "seed/merge-event-participants",
  "seed/merge-events",
  "seed/merge-exchange-rates",
  "seed/merge-document",
  "seed/merge-sentences",
  "source/merge-supports",
  "queries/get-stats",
  "queries/get-entity",
  "queries/get-event",
  "queries/filter-events",
  "queries/get-relationship",
  "queries/get-nodes",
  "queries/list-exchange-rates",
  "queries/list-entities",
  "queries/filter-entities",
  "queries/search-entities",
  "queries/filter-all-relationships",
  "queries/filter-relationships",
  "queries/expand-neighborhood",
  "queries/get-subgraph",
  "queries/find-shortest-path",
  "queries/find-paths",
  "queries/ownership-chain-up",
  "queries/ownership-chain-down",
  "queries/get-corporate-group",
  "queries/get-timeline",
  "queries/list-risk-factors",
  "queries/export-graph",
  "source/get-document",
  "source/get-source-text",
  "source/list-sentences",
  "source/get-sentence",
  "source/search-sentences",
  "source/list-cited-by",
  "source/get-coverage",
  "source/list-citations",
  "mutations/find-items",
  "mutations/create-entity",
  "mutations/update-entity",
  "mutations/delete-entity",
  "mutations/find-relationship",
  "mutations/create-relationship",
  "mutations/update-relationship",
  "mutations/delete-relationship",
  "mutations/total-ownership",
  "mutations/create-event",
  "mutations/update-event",
  "mutations/set-event-participants",
  "mutations/delete-event",
  "changes/snapshot-entities",
  "changes/snapshot-relationships",
  "changes/snapshot-events",
  "changes/find-related-items",
  "changes/append-changes",
  "changes/sequence-pending",
  "changes/record-load",
  "changes/list-changes",
  "changes/list-item-histories",
  "changes/get-known-seq",
  "changes/get-entity-known-at",
  "changes/list-relationships-known-at",
] as const;

export type CypherName = (typeof CYPHER_NAMES)[number];

/** Folders of cypher/ whose files are not statements the program runs. */
const NOT_RUN = ["browser"];

export class CypherRegistry {
  private constructor(private readonly statements: ReadonlyMap<CypherName, string>) {}

  /** Loads every registered file once; fails when a name has no file or a file has no name. */
  static load(cypherDir: string): CypherRegistry {
    const onDisk = listCypherFiles(cypherDir).filter((n) => !NOT_RUN.includes(n.split("/")[0]!));
    const registered = new Set<string>(CYPHER_NAMES);
    const missing = CYPHER_NAMES.filter((n) => !onDisk.includes(n));
    const unregistered = onDisk.filter((n) => !registered.has(n));
    if (missing.length || unregistered.length) {
      throw new Error(
        `Cypher registry mismatch in ${cypherDir}: ` +
          [
            missing.length ? `no file for ${missing.join(", ")}` : "",
            unregistered.length ? `not registered: ${unregistered.join(", ")}` : "",
          ]
            .filter(Boolean)
            .join("; "),
      );
    }
    const map = new Map<CypherName, string>();
    for (const name of CYPHER_NAMES) {
      map.set(name, compactCypher(readFileSync(join(cypherDir, `${name}.cypher`), "utf8")));
    }
    return new CypherRegistry(map);
  }

  /** The statement as sent to Neo4j: comments and indentation left out. */
  get(name: CypherName): string {
    return this.statements.get(name)!;
  }

  /** Registered names under a folder, sorted (e.g. "schema/" for the schema statements). */
  namesUnder(folder: string): CypherName[] {
    return CYPHER_NAMES.filter((n) => n.startsWith(folder)).sort();
  }
}

/**
 * The statement without what only a reader needs: whole-line `//` comments, indentation and blank lines
 * (a fifth to a third of the text of the larger statements). The lines keep their order and their own text.
 */
export function compactCypher(text: string): string {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("//"))
    .join("\n");
}

/** All .cypher files under `dir`, as slash-separated names without the extension. */
export function listCypherFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current)) {
      const full = join(current, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry.endsWith(".cypher")) {
        out.push(
          relative(dir, full)
            .split(sep)
            .join("/")
            .replace(/\.cypher$/, ""),
        );
      }
    }
  };
  walk(dir);
  return out.sort();
}
