import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import {
  ENTITY_RELATIONS,
  entityRelationsFragmentName,
  FRAGMENT_LEVELS,
} from "./entity-relations-fragment";

/**
 * Every Cypher statement the program runs, by file name under cypher/ (without ".cypher").
 * cypher/browser/ holds saved queries for Neo4j Browser users and is not run by the program;
 * cypher/fragments/ holds expressions that statements share, pulled in where a statement says
 * a block comment `include fragments/<name>` (Cypher has no user-defined functions on Community).
 */
export const CYPHER_NAMES = [
  "schema/constraint-entity-id",
  "schema/constraint-event-id",
  "schema/constraint-exchange-rate-id",
  "schema/fulltext-entity-names",
  "schema/index-entity-kind",
  "schema/index-event-date",
  "schema/index-event-kind",
  "schema/constraint-change-seq",
  "schema/constraint-change-log-id",
  "schema/index-change-item",
  "schema/index-change-time",
  "health/ping",
  "seed/count-nodes",
  "seed/delete-all",
  "seed/merge-entities",
  "seed/merge-relationships",
  "seed/merge-event-participants",
  "seed/merge-events",
  "seed/merge-exchange-rates",
  "queries/get-stats",
  "queries/get-entity",
  "queries/list-exchange-rates",
  "queries/list-entities",
  "queries/search-entities",
  "queries/list-relationships",
  "queries/expand-neighbourhood",
  "queries/get-subgraph",
  "queries/find-shortest-path",
  "queries/find-paths",
  "queries/ownership-chain-up",
  "queries/ownership-chain-down",
  "queries/get-corporate-group",
  "queries/list-competitors",
  "queries/list-suppliers",
  "queries/list-customers",
  "queries/get-timeline",
  "queries/list-risk-factors",
  "queries/list-relations-batch",
  "queries/list-events-batch",
  "queries/export-graph",
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
  "mutations/get-written-event",
  "mutations/delete-event",
  "changes/snapshot-entities",
  "changes/snapshot-relationships",
  "changes/snapshot-events",
  "changes/find-related-items",
  "changes/lock-log",
  "changes/append-changes",
  "changes/record-load",
  "changes/list-changes",
  "changes/list-item-histories",
  "changes/get-known-seq",
  "changes/get-entity-known-at",
  "changes/list-relationships-known-at",
] as const;

export type CypherName = (typeof CYPHER_NAMES)[number];

/** Folders of cypher/ whose files are not statements the program runs. */
const NOT_RUN = ["browser", "fragments"];

/** Where a statement pulls in a shared fragment: a block comment naming it. */
const INCLUDE = /\/\*include (fragments\/[a-z0-9-]+)\*\//g;

export class CypherRegistry {
  private constructor(
    private readonly statements: ReadonlyMap<CypherName, string>,
    /** For statements that include the relationship fragment: their text with 0 to FRAGMENT_LEVELS - 1 levels of it. */
    private readonly byPlanDepth: ReadonlyMap<CypherName, readonly string[]>,
  ) {}

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
    const byPlanDepth = new Map<CypherName, string[]>();
    for (const name of CYPHER_NAMES) {
      const text = readFileSync(join(cypherDir, `${name}.cypher`), "utf8");
      map.set(name, compactCypher(withFragments(cypherDir, name, text)));
      if (text.includes(`/*include ${ENTITY_RELATIONS}*/`)) {
        byPlanDepth.set(
          name,
          Array.from({ length: FRAGMENT_LEVELS }, (_, levels) =>
            compactCypher(
              withFragments(
                cypherDir,
                name,
                text.replaceAll(ENTITY_RELATIONS, entityRelationsFragmentName(levels)),
              ),
            ),
          ),
        );
      }
    }
    return new CypherRegistry(map, byPlanDepth);
  }

  /** The statement as sent to Neo4j: fragments pulled in, comments and indentation left out. */
  get(name: CypherName): string {
    return this.statements.get(name)!;
  }

  /**
   * The text to run for these parameters: a statement that includes the relationship fragment is sent with
   * only as many levels of it as its `$plan` has (a plain entity read carries none of the fragment's text,
   * which the driver would encode and Neo4j read with every request); any other statement as `get` gives it.
   */
  textFor(name: CypherName, params: Record<string, unknown>): string {
    const variants = this.byPlanDepth.get(name);
    if (!variants || !Array.isArray(params.plan)) return this.get(name);
    // A plan FRAGMENT_LEVELS deep or deeper gets the whole fragment (levels past it are read by their own statements).
    return variants[planDepth(params.plan)] ?? this.get(name);
  }

  /** Registered names under a folder, sorted (e.g. "schema/" for the schema statements). */
  namesUnder(folder: string): CypherName[] {
    return CYPHER_NAMES.filter((n) => n.startsWith(folder)).sort();
  }
}

/** Levels of a `$plan` parameter (see fragments/entity-relations): 0 for [], 1 for items without children, ... */
export function planDepth(plan: ReadonlyArray<{ children?: unknown }>): number {
  let deepest = 0;
  for (const item of plan) {
    const children = Array.isArray(item.children)
      ? (item.children as Array<{ children?: unknown }>)
      : [];
    deepest = Math.max(deepest, 1 + planDepth(children));
  }
  return deepest;
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

/** The statement with each block comment `include fragments/<name>` replaced by that file's text, in parentheses. */
export function withFragments(cypherDir: string, name: string, text: string): string {
  return text.replace(INCLUDE, (_, fragment: string) => {
    const file = join(cypherDir, `${fragment}.cypher`);
    try {
      return `(\n${readFileSync(file, "utf8").trim()}\n)`;
    } catch {
      throw new Error(`Cypher statement ${name} includes ${fragment}, which has no file ${file}`);
    }
  });
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
