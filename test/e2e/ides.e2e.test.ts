import { join } from "node:path";
import { readFileSync } from "node:fs";
import { projectRoot } from "../../src/project-root";
import { citedSources } from "../../src/web/cited-sources.rules";
import { splitExamples } from "../../src/web/examples.rules";
import { SCREENSHOTS } from "./support/browser";
import { e2eSession } from "./support/session";

const session = e2eSession();
const examples = splitExamples(
  readFileSync(join(projectRoot(), "schema", "examples.graphql"), "utf8"),
);

describe("GET /graphql", () => {
  it("serves GraphiQL to a browser and GraphQL to everyone else", async () => {
    const html = await fetch(`${session.api.baseUrl}/graphql`, {
      headers: { accept: "text/html" },
    });
    expect(html.headers.get("content-type")).toMatch(/text\/html/);
    expect(await html.text()).toContain("/web/graphiql.js");

    const get = await fetch(
      `${session.api.baseUrl}/graphql?query=${encodeURIComponent("{ stats { nodes } }")}`,
      {
        headers: { accept: "text/html, application/json", "apollo-require-preflight": "true" },
      },
    );
    expect(
      ((await get.json()) as { data: { stats: { nodes: number } } }).data.stats.nodes,
    ).toBeGreaterThan(0);

    const post = await session.api.data<{ stats: { nodes: number } }>("{ stats { nodes } }");
    expect(post.stats.nodes).toBeGreaterThan(0);
  });

  it("runs a preloaded example in GraphiQL", async () => {
    const { page } = session.browser;
    await page.goto(`${session.api.baseUrl}/graphql`);
    const tabs = page.locator(".graphiql-tab");
    await tabs.first().waitFor({ timeout: 30000 });
    expect(await tabs.count()).toBeGreaterThan(3);
    await expect(tabs.first().innerText()).resolves.toContain("EntityById");
    await page.locator(".graphiql-query-editor .view-lines").first().waitFor();
    await expect(page.locator(".graphiql-query-editor").innerText()).resolves.toContain(
      "entity(id:",
    );

    await page.locator(".graphiql-execute-button").click();
    const response = page.locator(".graphiql-response");
    await response.filter({ hasText: "Internet Initiative Japan" }).waitFor({ timeout: 30000 });
    const text = (await response.innerText()).replace(/\u00a0/g, " ");
    expect(text).toContain('"name": "Internet Initiative Japan');
    // Beside the results: a link to the source page for each place the result cites.
    const [example] = examples;
    const cited = citedSources({ data: await session.api.data(example!.query) });
    expect(cited.length).toBeGreaterThan(0);
    const links = page.locator(".cited-sources a");
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(cited.map((c) => c.href));
    await page.screenshot({ path: join(SCREENSHOTS, "graphiql.png") });
    const [source] = await Promise.all([
      page.context().waitForEvent("page"),
      links.first().click(),
    ]);
    await source.waitForURL(/\/source#offset-\d+$/);
    expect(new URL(source.url()).hash).toBe(`#offset-${cited[0]!.offset}`);
    await source.close();
    expect(session.browser.remoteRequests).toEqual([]);
  });
});

describe("GET /playground", () => {
  it("runs a preloaded example in GraphQL Playground, offline", async () => {
    const { page } = session.browser;
    await page.goto(`${session.api.baseUrl}/playground`);
    // Playground's markup has generated class names: find the tabs and the run button by their text.
    await page.getByText("EntityById", { exact: true }).first().waitFor({ timeout: 30000 });
    for (const name of ["EntitiesPage", "Neighborhood", "OwnershipChain"]) {
      await expect(page.getByText(name, { exact: true }).count()).resolves.toBeGreaterThan(0);
    }
    await page.locator('[title^="Execute Query"]').click();
    await page.getByText('"Internet Initiative Japan Inc."').first().waitFor({ timeout: 30000 });
    expect(await page.locator("body").innerText()).toContain('"percentage": 29.7');
    await page.screenshot({ path: join(SCREENSHOTS, "playground.png") });
    expect(session.browser.remoteRequests).toEqual([]);
  });
});
