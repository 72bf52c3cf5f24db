import { join } from "node:path";
import { isSeedId, seedGraph } from "../support/seed-graph";
import { SCREENSHOTS } from "./support/browser";
import { pageAnswers } from "./support/page-answers";
import { e2eSession } from "./support/session";

const session = e2eSession();

/** Reads the drawn graph from window.cy (plain values only). */
const model = (expression: string) =>
  session.browser.page.evaluate<unknown>(
    `(() => { const cy = window.cy; return ${expression}; })()`,
  );

/** Waits until cytoscape has finished moving things (layout, centring animation). */
const settle = () =>
  session.browser.page.waitForFunction(
    `!window.cy.animated() && window.cy.nodes().every((n) => !n.animated())`,
  );

interface ApiStakes {
  relationships: {
    aggregate: { count: number };
    pageInfo: { hasNextPage: boolean };
    edges: Array<{ node: { id: string } }>;
  };
}
interface ApiHolders {
  entities: {
    edges: Array<{
      node: {
        id: string;
        name: string;
        holdingsAggregate: { count: number; percentage: { sum: number; max: number | null } };
      };
    }>;
  };
}
interface ApiSegments {
  relationships: {
    aggregate: { groupBy: Array<{ key: { segment: string | null }; count: number }> };
  };
}

describe("/explorer, Query section", () => {
  it("filters stakes by their percentage, lists the largest holders and counts competition per segment", async () => {
    const { page } = session.browser;
    const stakeRequests: string[] = [];
    page.on("request", (req) => {
      if (req.postData()?.includes("ExplorerStakes")) stakeRequests.push(req.url());
    });
    // Other test files write meanwhile: what the page draws is compared with the answers it received,
    // and those with the seed's facts, which no test file changes.
    const stakeAnswers = pageAnswers<ApiStakes>(page, "ExplorerStakes");
    const holderAnswers = pageAnswers<ApiHolders>(page, "ExplorerHolders");
    const segmentAnswers = pageAnswers<ApiSegments>(page, "ExplorerSegments");
    const seed = seedGraph();
    const seedStakes = seed.edges
      .filter((e) => e.type === "OWNS" && Number(e.properties.percentage) >= 50)
      .map((e) => e.id);
    // How many of the seed's competition relationships name each segment.
    const seedSegments = new Map<string, number>();
    for (const e of seed.edges.filter((e) => e.type === "COMPETES_WITH"))
      for (const segment of (e.properties.segments as string[] | undefined) ?? [])
        seedSegments.set(segment, (seedSegments.get(segment) ?? 0) + 1);
    expect(seedStakes.length).toBeGreaterThan(0);
    expect(seedSegments.size).toBeGreaterThan(0);
    await page.goto(`${session.api.baseUrl}/explorer`);
    await page.waitForFunction(`window.cy && window.cy.getElementById("iij").hasClass("centre")`);

    // Bad input: a clear message and no request.
    const result = page.locator("#stake-result");
    await page.locator("#min-stake").fill("");
    await page.locator('#stake-filter button[type="submit"]').click();
    expect(await result.innerText()).toBe("Enter a percentage from 0 to 100.");
    expect(await result.getAttribute("class")).toBe("error");
    await page.locator("#min-stake").fill("150");
    await page.locator('#stake-filter button[type="submit"]').click();
    expect(await result.innerText()).toBe("150 is not a percentage from 0 to 100.");

    // Stakes of at least 50 %: the API's stakes are drawn, the other OWNS relationships hidden.
    await page.locator("#min-stake").fill("50");
    await page.locator('#stake-filter button[type="submit"]').click();
    // The answer or an error, whichever the page shows first.
    await page.waitForFunction(
      `(() => { const r = document.getElementById("stake-result"); return r.dataset.count !== undefined || r.className === "error"; })()`,
    );
    // The pages the page asked for, the last one without a next page.
    const stakePages = (await stakeAnswers.all()).map((a) => a.relationships);
    expect(stakePages.length).toBeGreaterThan(0);
    expect(stakePages.at(-1)!.pageInfo.hasNextPage).toBe(false);
    const expectedCount = stakePages.at(-1)!.aggregate.count;
    const expectedIds = stakePages.flatMap((r) => r.edges.map((e) => e.node.id)).sort();
    expect(await result.innerText()).toContain(
      `${expectedCount} ${expectedCount === 1 ? "stake" : "stakes"} of at least 50 %`,
    );
    expect(await result.getAttribute("data-count")).toBe(String(expectedCount));
    const visibleOwns = (await model(
      `cy.edges('[type = "OWNS"]').filter((e) => e.visible()).map((e) => e.id()).sort()`,
    )) as string[];
    // Among the seed's relationships, exactly its stakes of at least 50 % are drawn. (Other files'
    // stakes, ids under "test-", come and go meanwhile: drawn live, or deleted before being drawn.)
    const seeded = (ids: string[]) => ids.filter(isSeedId);
    expect(seeded(expectedIds)).toEqual([...seedStakes].sort());
    expect(seeded(visibleOwns)).toEqual([...seedStakes].sort());
    // NTT's 29.7 % of IIJ is still in the drawing, hidden.
    expect(
      await model(`cy.edges('[source = "ntt"][target = "iij"][type = "OWNS"]').hasClass("hidden")`),
    ).toBe(true);
    // The two bad inputs asked nothing: the good one's requests, a page each.
    expect(stakeRequests).toHaveLength(stakePages.length);

    // The largest holders, in the order of the page's answer.
    const items = page.locator("#holders li[data-id]");
    await items.first().waitFor();
    const [holders] = await holderAnswers.all();
    const expectedHolders = holders!.entities.edges.map(({ node }) => ({
      id: node.id,
      name: node.name,
    }));
    expect(expectedHolders.length).toBeGreaterThan(0);
    // The answer is the one asked for: holders by the sum of their stakes, largest first.
    const sums = holders!.entities.edges.map((e) => e.node.holdingsAggregate.percentage.sum);
    expect([...sums].sort((a, b) => b - a)).toEqual(sums);
    const drawnHolders = await items.evaluateAll((els) =>
      els.map((li) => ({
        id: li.getAttribute("data-id"),
        name: li.querySelector(".holder-name")?.textContent,
      })),
    );
    expect(drawnHolders[0]).toEqual(expectedHolders[0]);
    expect(drawnHolders).toEqual(expectedHolders);
    // The first one's figures: its number of stakes and their sum.
    const { count, percentage } = holders!.entities.edges[0]!.node.holdingsAggregate;
    const sum = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }).format(percentage.sum);
    expect(percentage.max).not.toBeNull();
    expect(await items.first().locator(".holder-figure").innerText()).toBe(
      `${count} ${count === 1 ? "stake" : "stakes"} · ${sum} %`,
    );

    // Competition per segment: one row per group of the page's answer, in its order; each of the
    // seed's segments counted at least as often as the seed names it (other files may add more).
    await page.locator("#segment-counts tbody tr[data-segment]").first().waitFor();
    const [segments] = await segmentAnswers.all();
    const groups = segments!.relationships.aggregate.groupBy;
    for (const [segment, n] of seedSegments)
      expect(groups.find((g) => g.key.segment === segment)?.count).toBeGreaterThanOrEqual(n);
    const expectedRows = groups.map((g) => [g.key.segment ?? "(none named)", String(g.count)]);
    const rows = await page
      .locator("#segment-counts tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)),
      );
    expect(rows).toEqual(expectedRows);

    // Clicking a holder selects it in the graph and shows it in the side panel: the first of the
    // seed's, which no other test file deletes meanwhile.
    const seedIds = new Set(seed.nodes.map((n) => n.id));
    const first = expectedHolders.find((h) => seedIds.has(h.id));
    expect(first).toBeDefined();
    await page.locator(`#holders li[data-id="${first!.id}"]`).click();
    await page.waitForFunction(`window.cy.getElementById(${JSON.stringify(first!.id)}).selected()`);
    await page.locator("#panel h2").filter({ hasText: first!.name }).waitFor();
    expect(await model(`cy.$("node:selected").map((n) => n.id())`)).toEqual([first!.id]);

    await settle();
    await page.screenshot({ path: join(SCREENSHOTS, "explorer-query.png") });

    // Clear: every stake drawn is shown again.
    await page.locator("#stake-clear").click();
    expect(await model(`cy.edges('[type = "OWNS"].hidden').length`)).toBe(0);
    expect(await result.innerText()).toBe("");

    expect(session.browser.pageErrors).toEqual([]);
    expect(session.browser.remoteRequests).toEqual([]);
  });
});
