import { toGraphEdge, toGraphNode } from "../../src/domain/graph.rules";
import { seedDir } from "../../src/seed/prepare";
import { readSeed } from "../../src/seed/seed-files";
import { seedRows } from "../../src/seed/seed-rows";
import type { ExportGraph } from "../../src/web/cytoscape.rules";

/**
 * Whether an id is the seed's: every id a test file writes starts with "test-", which sorts after every
 * seed id. Test files share one database, so what they compare while others write is the seed's items.
 */
export const isSeedId = (id: string): boolean => !id.startsWith("test-");

/** The curated seed as the export store returns it (nulls dropped, as Neo4j does), without a database. */
export function seedGraph(): ExportGraph {
  const rows = seedRows(readSeed(seedDir()));
  const clean = (props: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
  const nodes = [...rows.entities, ...rows.events].map((r) => toGraphNode(clean(r.props)));
  const edges = rows.relationships.map((r) =>
    toGraphEdge({ id: r.id, type: r.type, source: r.from, target: r.to, props: clean(r.props) }),
  );
  for (const event of rows.events)
    for (const p of event.participants) {
      const id = `${event.id}--involves--${p.entity}`;
      edges.push(
        toGraphEdge({
          id,
          type: "INVOLVES",
          source: event.id,
          target: p.entity,
          props: { role: p.role },
        }),
      );
    }
  return { nodes, edges, truncated: false };
}
