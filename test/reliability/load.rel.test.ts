import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TestApi } from "../support/api";
import { authHeader, CustomApi } from "../support/custom-api";

/**
 * Bounded load on loopback: 50 clients for 20 s of mixed reads and writes; 16 of them also update
 * one node (each update appends a distinct citation, so a lost update would show).
 * Passes with zero failed requests and every acknowledged write present afterwards. Figures go to
 * $TMPDIR/iij-kg-load.json for docs/RELIABILITY.md.
 */
const CLIENTS = 50;
const DURATION_MS = 20000;
const P = `test-load-${Math.random().toString(36).slice(2, 8)}`;
const HOT = `${P}-hot`;
/** Clients that also update the one hot node (L8: 16 writers on the same node). */
const HOT_CLIENTS = 16;
const CITE = [{ section: "Item 4", quote: "NTT Communications purchased shares of our company" }];

const READS = [
  [`{ entity(id: "iij") { id name owners { percentage owner { id } } } }`, {}],
  [`{ neighborhood(id: "iij", depth: 2, limit: 50) { nodes { id } edges { id } } }`, {}],
  [`{ search(text: "NTT", first: 5) { entity { id } } }`, {}],
  [`{ ownershipChain(id: "iij", direction: DOWN) { effectivePercentage } }`, {}],
  [`{ timeline(entityId: "iij") { id date } }`, {}],
  [`{ shortestPath(from: "ntt", to: "kddi") { length } }`, {}],
] as const;

jest.setTimeout(120000);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

describe("load", () => {
  let shared: TestApi;
  let api: CustomApi;

  beforeAll(async () => {
    shared = await TestApi.start();
    api = await CustomApi.start(shared.db.gateway, { rateLimitMax: 0 });
  });
  afterAll(async () => {
    await shared.db.driver.executeQuery("MATCH (x) WHERE x.id STARTS WITH $p DETACH DELETE x", {
      p: P,
    });
    await api.stop();
    await shared.stop();
  });

  it(`${CLIENTS} clients for ${DURATION_MS / 1000} s of mixed reads and writes: 0 failures, every acknowledged write kept`, async () => {
    const editor = await authHeader(["editor"], "load");
    const created = await api.gql(
      `mutation($i: CreateEntityInput!) { createEntity(input: $i) { created } }`,
      { i: { id: HOT, kind: "Company", name: "Hot spot", citations: CITE } },
      editor,
    );
    expect(created.errors).toBeUndefined();

    const acknowledgedCreates: string[] = [];
    let acknowledgedUpdates = 0;
    const failures: string[] = [];
    const latencies: number[] = [];
    const end = Date.now() + DURATION_MS;

    const client = async (c: number) => {
      for (let n = 0; Date.now() < end; n++) {
        const roll = (c * 7919 + n * 104729) % 100;
        let query: string;
        let variables: Record<string, unknown>;
        let headers: Record<string, string> = {};
        let kind: "read" | "create" | "update" = "read";
        if (roll < 70) {
          [query, variables] = READS[(c + n) % READS.length] as unknown as [
            string,
            Record<string, unknown>,
          ];
        } else if (roll < 85 || c >= HOT_CLIENTS) {
          kind = "create";
          query = `mutation($i: CreateEntityInput!) { createEntity(input: $i) { created } }`;
          variables = {
            i: { id: `${P}-${c}-${n}`, kind: "Company", name: `Load ${c}/${n}`, citations: CITE },
          };
          headers = editor;
        } else {
          kind = "update";
          query = `mutation($i: UpdateEntityInput!) { updateEntity(input: $i) { id } }`;
          variables = {
            i: {
              id: HOT,
              citation: {
                section: "load",
                quote: `update ${c}/${n}`,
                url: `https://example.com/load/${c}/${n}`,
              },
            },
          };
          headers = editor;
        }
        const started = performance.now();
        try {
          const res = await api.gql(query, variables, headers);
          latencies.push(performance.now() - started);
          if (res.status !== 200 || res.errors?.length) {
            failures.push(`${res.status} ${JSON.stringify(res.errors)}`);
          } else if (kind === "create") acknowledgedCreates.push(`${P}-${c}-${n}`);
          else if (kind === "update") acknowledgedUpdates += 1;
        } catch (error) {
          failures.push(String(error));
        }
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    const seconds = (Date.now() - started) / 1000;

    const [stored] = await shared.db.gateway.readText(
      "MATCH (n:Entity) WHERE n.id IN $ids RETURN count(n) AS n",
      { ids: acknowledgedCreates },
    );
    const [hot] = await shared.db.gateway.readText(
      "MATCH (n:Entity {id: $id}) RETURN size(n.citeQuote) AS citations",
      { id: HOT },
    );
    latencies.sort((a, b) => a - b);
    const figures = {
      clients: CLIENTS,
      seconds,
      requests: latencies.length + failures.length,
      failures: failures.length,
      requestsPerSecond: Math.round(latencies.length / seconds),
      p50ms: Math.round(percentile(latencies, 50)),
      p99ms: Math.round(percentile(latencies, 99)),
      maxMs: Math.round(latencies[latencies.length - 1] ?? 0),
      acknowledgedCreates: acknowledgedCreates.length,
      storedCreates: stored!.n,
      acknowledgedUpdates,
      hotCitations: hot!.citations,
    };
    writeFileSync(join(tmpdir(), "iij-kg-load.json"), JSON.stringify(figures, null, 2));

    expect(failures.slice(0, 5)).toEqual([]);
    expect(stored!.n).toBe(acknowledgedCreates.length);
    // No lost update: one citation from the create plus one per acknowledged update.
    expect(hot!.citations).toBe(1 + acknowledgedUpdates);
  });
});
