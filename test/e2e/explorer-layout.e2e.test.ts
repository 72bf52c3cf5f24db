import { join } from "node:path";
import { seedGraph } from "../support/seed-graph";
import { SCREENSHOTS } from "./support/browser";
import { pageAnswers } from "./support/page-answers";
import { e2eSession } from "./support/session";

const session = e2eSession();

const model = (expression: string) =>
  session.browser.page.evaluate<unknown>(
    `(() => { const cy = window.cy; return ${expression}; })()`,
  );

/** The label cytoscape draws for an edge ("" when it draws none). */
const drawnLabel = (selector: string) => model(`cy.$(${JSON.stringify(selector)}).style("label")`);

describe("/explorer, readable", () => {
  it("opens on IIJ's neighborhood laid out by fCoSE, edge labels only at a readable zoom or on hover", async () => {
    const { page } = session.browser;
    await page.goto(`${session.api.baseUrl}/explorer`);
    await page.waitForFunction(`window.cy && window.cy.getElementById("iij").hasClass("centre")`);
    expect(await model("cy.nodes().length")).toBeGreaterThan(10);
    // No two nodes drawn on the same spot.
    const spots = (await model(
      `cy.nodes().map((n) => Math.round(n.position("x")) + "," + Math.round(n.position("y")))`,
    )) as string[];
    expect(new Set(spots).size).toBe(spots.length);

    const owns = 'edge[source = "ntt"][target = "iij"][type = "OWNS"]';
    await model(`void cy.zoom(0.5)`);
    expect(await drawnLabel(owns)).toBe("");
    await model(`void cy.$(${JSON.stringify(owns)}).emit("mouseover")`);
    expect(await drawnLabel(owns)).toBe("OWNS 29.7%");
    await model(`void cy.$(${JSON.stringify(owns)}).emit("mouseout")`);
    expect(await drawnLabel(owns)).toBe("");
    await model(`void cy.zoom(1.5)`);
    expect(await drawnLabel(owns)).toBe("OWNS 29.7%");
    await model(`void cy.fit(undefined, 30)`);
    await page.screenshot({ path: join(SCREENSHOTS, "explorer-start.png") });
    expect(session.browser.pageErrors).toEqual([]);
    expect(session.browser.remoteRequests).toEqual([]);
  });

  it("moves as of through the dates of the graph's events with the slider, and draws the whole graph in one click", async () => {
    const { page } = session.browser;
    // Other test files add events meanwhile: the slider's dates are those of the page's own answer.
    const dateAnswers = pageAnswers<{ timeline: Array<{ date: string | null }> }>(
      page,
      "ExplorerDates",
    );
    await page.goto(`${session.api.baseUrl}/explorer`);
    await page.waitForFunction(`window.cy && window.cy.getElementById("iij").hasClass("centre")`);
    await page.waitForFunction(`document.getElementById("as-of-slider").max !== "0"`);
    const [answer] = await dateAnswers.all();
    const dates = [...new Set(answer!.timeline.map((e) => e.date).filter(Boolean))].sort();
    // The seed's event dates are among them.
    const seedDates = seedGraph()
      .nodes.filter((n) => n.isEvent)
      .map((n) => n.properties.date);
    expect(dates).toEqual(expect.arrayContaining(seedDates.filter(Boolean)));
    const slider = page.locator("#as-of-slider");
    expect(await slider.getAttribute("max")).toBe(String(dates.length));

    // The first date the graph knows: IIJ's holdings that began later are not drawn.
    await slider.fill("1");
    await slider.dispatchEvent("change");
    await page
      .locator("#as-of-slider-date")
      .filter({ hasText: String(dates[0]) })
      .waitFor();
    await page.waitForFunction(
      `document.getElementById("status").textContent.includes("valid on ${dates[0]}")`,
    );
    expect(await model(`cy.getElementById("tcc").nonempty()`)).toBe(false);

    await page.locator("#whole-graph").click();
    await page.waitForFunction(
      `document.getElementById("status").textContent.includes("the whole graph")`,
    );
    const [counted] = await session.api.db.gateway.readText(
      "MATCH (x) WHERE (x:Entity OR x:Event) AND NOT x.id STARTS WITH 'test-' RETURN count(x) AS n",
    );
    // Every entity and event of the graph is drawn (the test waits for the drawing, not for a time).
    await page.waitForFunction(`window.cy.nodes().length >= ${counted!.n as number}`);
    expect(
      await model(
        `cy.nodes('[kind = "RiskFactor"]').filter((n) => !n.id().startsWith("test-")).length`,
      ),
    ).toBe(17);
    expect(session.browser.pageErrors).toEqual([]);
  });
});
