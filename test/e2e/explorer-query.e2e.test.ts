import { join } from "node:path";
import { SCREENSHOTS } from "./support/browser";
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
  relationships: { aggregate: { count: number }; edges: Array<{ node: { id: string } }> };
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
    await page.goto(`${session.api.baseUrl}/explorer`);
    await page.waitForFunction(`window.cy && window.cy.getElementById("iij").hasClass("centre")`);

    // What the API says, asked the same way.
    const stakes = await session.api.data<ApiStakes>(`{
      relationships(types: [OWNS], where: { percentage: { gte: 50 } }, first: 100) {
        aggregate { count } edges { node { id } }
      }
    }`);
    const expectedCount = stakes.relationships.aggregate.count;
    const expectedIds = stakes.relationships.edges.map((e) => e.node.id).sort();
    expect(expectedCount).toBeGreaterThan(0);
    expect(expectedIds).toHaveLength(expectedCount);

    // Bad input: a clear message and no request.
    const result = page.locator("#stake-result");
    await page.locator("#min-stake").fill("");
    await page.locator('#stake-filter button[type="submit"]').click();
    expect(await result.innerText()).toBe("Enter a percentage from 0 to 100.");
    expect(await result.getAttribute("class")).toBe("error");
    await page.locator("#min-stake").fill("150");
    await page.locator('#stake-filter button[type="submit"]').click();
    expect(await result.innerText()).toBe("150 is not a percentage from 0 to 100.");

    // Stakes of at least 50 %: exactly the API's stakes are drawn among the OWNS relationships.
    await page.locator("#min-stake").fill("50");
    await page.locator('#stake-filter button[type="submit"]').click();
    // The answer or an error, whichever the page shows first.
    await page.waitForFunction(
      `(() => { const r = document.getElementById("stake-result"); return r.dataset.count !== undefined || r.className === "error"; })()`,
    );
    expect(await result.innerText()).toContain(
      `${expectedCount} ${expectedCount === 1 ? "stake" : "stakes"} of at least 50 %`,
    );
    expect(await result.getAttribute("data-count")).toBe(String(expectedCount));
    const visibleOwns = (await model(
      `cy.edges('[type = "OWNS"]').filter((e) => e.visible()).map((e) => e.id()).sort()`,
    )) as string[];
    expect(visibleOwns).toHaveLength(expectedCount);
    expect(visibleOwns).toEqual(expectedIds);
    // NTT's 29.7 % of IIJ is still in the drawing, hidden.
    expect(
      await model(`cy.edges('[source = "ntt"][target = "iij"][type = "OWNS"]').hasClass("hidden")`),
    ).toBe(true);
    // The two bad inputs asked nothing: one request, the good one.
    expect(stakeRequests).toHaveLength(1);

    // The largest holders, in the API's order.
    const holders = await session.api.data<ApiHolders>(`{
      entities(
        orderBy: [{ holdings: { percentage: { sum: DESC } } }]
        where: { holdings: { count: { gte: 1 } } }
        first: 10
      ) { edges { node { id name holdingsAggregate { count percentage { sum max } } } } }
    }`);
    const expectedHolders = holders.entities.edges.map(({ node }) => ({
      id: node.id,
      name: node.name,
    }));
    expect(expectedHolders.length).toBeGreaterThan(0);
    const items = page.locator("#holders li[data-id]");
    await items.first().waitFor();
    const drawnHolders = await items.evaluateAll((els) =>
      els.map((li) => ({
        id: li.getAttribute("data-id"),
        name: li.querySelector(".holder-name")?.textContent,
      })),
    );
    expect(drawnHolders[0]).toEqual(expectedHolders[0]);
    expect(drawnHolders).toEqual(expectedHolders);
    // The first one's figures: its number of stakes and their sum.
    const { count, percentage } = holders.entities.edges[0]!.node.holdingsAggregate;
    const sum = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }).format(percentage.sum);
    expect(percentage.max).not.toBeNull();
    expect(await items.first().locator(".holder-figure").innerText()).toBe(
      `${count} ${count === 1 ? "stake" : "stakes"} · ${sum} %`,
    );

    // Competition per segment: one row per group the API returns, in its order.
    const segments = await session.api.data<ApiSegments>(`{
      relationships(types: [COMPETES_WITH]) { aggregate { groupBy(by: [SEGMENT]) { key { segment } count } } }
    }`);
    const expectedRows = segments.relationships.aggregate.groupBy.map((g) => [
      g.key.segment ?? "(none named)",
      String(g.count),
    ]);
    expect(expectedRows.length).toBeGreaterThan(0);
    await page.locator("#segment-counts tbody tr[data-segment]").first().waitFor();
    const rows = await page
      .locator("#segment-counts tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)),
      );
    expect(rows).toEqual(expectedRows);

    // Clicking the first holder selects it in the graph and shows it in the side panel.
    const first = expectedHolders[0]!;
    await items.first().click();
    await page.waitForFunction(`window.cy.getElementById(${JSON.stringify(first.id)}).selected()`);
    await page.locator("#panel h2").filter({ hasText: first.name }).waitFor();
    expect(await model(`cy.$("node:selected").map((n) => n.id())`)).toEqual([first.id]);

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
