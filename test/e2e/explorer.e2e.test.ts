import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SCREENSHOTS } from "./support/browser";
import { e2eSession } from "./support/session";

const session = e2eSession();

/** Reads the drawn graph from the cytoscape instance the page exposes as window.cy (return plain values: a
 * returned cytoscape object is serialised whole, which takes a minute). */
const model = (expression: string) =>
  session.browser.page.evaluate<unknown>(
    `(() => { const cy = window.cy; return ${expression}; })()`,
  );

/** Waits until cytoscape has finished moving things (layout, centring animation). */
async function settle(): Promise<void> {
  await session.browser.page.waitForFunction(
    `!window.cy.animated() && window.cy.nodes().every((n) => !n.animated())`,
  );
  await session.browser.page.waitForTimeout(100);
}

/** Clicks where cytoscape draws a node, as a person would. */
async function clickNode(selector: string): Promise<void> {
  const { page } = session.browser;
  await settle();
  const point = (await model(
    `(() => { const p = cy.$(${JSON.stringify(selector)}).renderedPosition(); return { x: p.x, y: p.y }; })()`,
  )) as { x: number; y: number };
  const box = (await page.locator("#graph").boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

/**
 * Taps an edge through cytoscape, once the test has checked that it is drawn inside the view. A mouse click
 * on a 1.5 px edge missed it in two fresh-clone runs on a loaded machine (the cause was not found), so edges
 * get cytoscape's own tap event, the one the page listens to.
 */
async function tapEdge(selector: string): Promise<void> {
  await settle();
  const shown = await model(`(() => {
    const e = cy.$(${JSON.stringify(selector)});
    const b = e.renderedBoundingBox();
    return e.visible() && b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height();
  })()`);
  expect({ selector, shown }).toEqual({ selector, shown: true });
  await model(`void cy.$(${JSON.stringify(selector)}).emit("tap")`);
}

describe("/explorer", () => {
  it("searches, expands, shows the stake on the edge and opens a citation", async () => {
    const { page } = session.browser;
    await page.goto(`${session.api.baseUrl}/explorer`);
    // It opens on IIJ's neighborhood.
    await page.waitForFunction(`window.cy && window.cy.getElementById("iij").hasClass("centre")`);

    await page.locator("#search").fill("NTT");
    const hit = page.locator('#results li[data-id="ntt"]');
    await hit.waitFor();
    await hit.click();

    await page.waitForFunction(`window.cy.getElementById("iij").nonempty()`);
    await page.locator("#panel h2").filter({ hasText: "Nippon Telegraph and Telephone" }).waitFor();
    const owns = (await model(
      `cy.edges('[source = "ntt"][target = "iij"][type = "OWNS"]').map((e) => e.data("label"))`,
    )) as string[];
    expect(owns).toEqual(["OWNS 29.7%"]);
    const before = (await model("cy.nodes().length")) as number;
    expect(before).toBeGreaterThan(3);

    // Expand IIJ by clicking it: its neighborhood joins the drawing, its properties fill the panel.
    await settle();
    await model(`void cy.fit(cy.$("#iij"), 300)`);
    await clickNode("#iij");
    await page.locator("#panel h2").filter({ hasText: "Internet Initiative Japan" }).waitFor();
    await page.waitForFunction(`window.cy.nodes().length > ${before}`);
    expect(await model(`cy.getElementById("iij").hasClass("expanded")`)).toBe(true);
    expect(await model(`cy.getElementById("crosswave").nonempty()`)).toBe(true);

    // Filters: keep only OWNS (the model hides the rest), then zoom onto NTT and IIJ as a person would.
    const boxes = page.locator("#type-filters input");
    for (const type of (await boxes.evaluateAll((els) =>
      els.map((e) => e.getAttribute("data-type")),
    )) as string[]) {
      if (type !== "OWNS") await page.locator(`#type-filters input[data-type="${type}"]`).uncheck();
    }
    expect(await model(`cy.edges(':visible').every((e) => e.data("type") === "OWNS")`)).toBe(true);
    expect(await model(`cy.edges(':visible').length`)).toBeGreaterThan(0);
    await settle();
    await model(`void cy.fit(cy.$("#ntt, #iij"), 200)`);

    // The OWNS edge: its label and its citation, opened and highlighted.
    await tapEdge('edge[source = "ntt"][target = "iij"][type = "OWNS"]');
    const panel = page.locator("#panel");
    await panel.locator("h2").filter({ hasText: "OWNS 29.7%" }).waitFor();
    expect(await panel.innerText()).toContain("percentage");
    const citation = panel.locator("details.citation").first();
    await citation.locator("summary").click();
    const quote = citation.locator("blockquote mark");
    await quote.waitFor();
    expect(await quote.innerText()).toMatch(/29\.7/);
    expect(await citation.getAttribute("open")).not.toBeNull();

    // Back to every relationship type.
    for (const box of await boxes.all()) await box.check();
    expect(await model(`cy.edges('.hidden').length`)).toBe(0);

    await model(`void cy.fit(undefined, 30)`);
    await page.screenshot({ path: join(SCREENSHOTS, "explorer.png") });
    expect(session.browser.pageErrors).toEqual([]);
    expect(session.browser.remoteRequests).toEqual([]);
  });

  it("shows a financial figure's amount in yen and US dollars", async () => {
    const { page } = session.browser;
    await page.goto(`${session.api.baseUrl}/explorer?id=iij`);
    await page.waitForFunction(`window.cy.nodes('[kind = "FinancialFigure"]').length > 0`);
    const figure = (await model(`cy.nodes('[kind = "FinancialFigure"]').first().id()`)) as string;
    await settle();
    await model(`void cy.fit(cy.$("#${figure}"), 300)`);
    await clickNode(`#${figure}`);
    const amount = page.locator('#panel [data-testid="amount"]');
    await amount.waitFor();
    expect(await amount.innerText()).toMatch(/¥[\d,]+ ≈ US\$[\d,.]+ at ¥117\.56\/US\$/);
  });

  it("exports the current view as PNG and JSON", async () => {
    const { page } = session.browser;
    await page.goto(`${session.api.baseUrl}/explorer?id=iij`);
    await page.waitForFunction(
      `window.cy.getElementById("iij").nonempty() && window.cy.edges().length > 0`,
    );
    await settle();
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#export-png").click(),
    ]);
    const pngBytes = readFileSync((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString()).toBe("PNG");
    expect(pngBytes.length).toBeGreaterThan(5000);

    const [json] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#export-json").click(),
    ]);
    const view = JSON.parse(readFileSync((await json.path())!, "utf8")) as {
      elements: Array<{ group: string; data: { id: string } }>;
    };
    expect(view.elements.some((e) => e.group === "nodes" && e.data.id === "iij")).toBe(true);
    expect(view.elements.some((e) => e.group === "edges")).toBe(true);
  });
});
