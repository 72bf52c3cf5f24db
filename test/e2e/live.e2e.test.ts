import { authHeader } from "../support/custom-api";
import { e2eSession } from "./support/session";

const session = e2eSession();
const CITE = { section: "Item 4.B", quote: "NTT Communications purchased shares of our company" };
const CREATE_ENTITY = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { created } }`;
const UPDATE_ENTITY = `mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { id } }`;
const CREATE_REL = `mutation($input: CreateRelationshipInput!) { createRelationship(input: $input) { created } }`;

describe("live updates in the browser", () => {
  const prefix = `test-e2e-live-${Math.random().toString(36).slice(2, 8)}`;
  const ids = Array.from({ length: 30 }, (_, i) => `${prefix}-${i}`);
  afterAll(async () => {
    await session.api.db.driver.executeQuery(
      "MATCH (x) WHERE x.id STARTS WITH $prefix DETACH DELETE x",
      { prefix },
    );
  });

  it("GraphiQL runs a subscription over WebSocket and shows a change sent from outside the page", async () => {
    const { page } = session.browser;
    await page.goto(`${session.api.baseUrl}/graphql`);
    const editor = page.locator(".graphiql-query-editor .view-lines").first();
    await editor.waitFor({ timeout: 30000 });
    await editor.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.insertText(
      // Only this test's items: other test files write entities meanwhile, and the panel shows the latest change.
      `subscription Live { changed(kinds: [ENTITY], ids: ${JSON.stringify(ids)}) { seq operation itemId actor } }`,
    );
    await page.locator(".graphiql-execute-button").click();
    const response = page.locator(".graphiql-response");
    // Writes from outside the page until one shows (the subscription starts once the server has read the log).
    const editor_ = await authHeader(["editor"], "e2e-outside");
    let shown = false;
    for (let i = 0; i < ids.length && !shown; i++) {
      const id = ids[i]!;
      const res = await session.api.gql(
        CREATE_ENTITY,
        { input: { id, kind: "Company", name: `Live ${id}`, citations: [CITE] } },
        editor_,
      );
      expect(res.errors).toBeUndefined();
      shown = await response
        .filter({ hasText: id })
        .waitFor({ timeout: 2000 })
        .then(
          () => true,
          () => false,
        );
    }
    expect(shown).toBe(true);
    const text = (await response.innerText()).replace(/\u00a0/g, " ");
    expect(text).toContain('"actor": "e2e-outside"');
    expect(text).toContain('"operation": "CREATE"');
    expect(session.browser.remoteRequests).toEqual([]);
    expect(session.browser.pageErrors).toEqual([]);
  });

  it("the explorer applies a change sent from outside the page: a renamed node and a new edge, with a notice", async () => {
    const { page } = session.browser;
    const outside = await authHeader(["editor"], "e2e-editor");
    const write = async (query: string, input: Record<string, unknown>) => {
      const res = await session.api.gql(query, { input }, outside);
      expect(res.errors).toBeUndefined();
    };
    const [a, b, c] = [`${prefix}-a`, `${prefix}-b`, `${prefix}-c`];
    for (const id of [a, b, c])
      await write(CREATE_ENTITY, {
        id,
        kind: "Company",
        name: `Explorer ${id}`,
        citations: [CITE],
      });
    await write(CREATE_REL, {
      id: `${a}-rb`,
      type: "COMPETES_WITH",
      from: a,
      to: b,
      citations: [CITE],
    });

    await page.goto(`${session.api.baseUrl}/explorer?id=${a}`);
    const model = (expression: string) =>
      page.evaluate<unknown>(`(() => { const cy = window.cy; return ${expression}; })()`);
    await page.waitForFunction(`window.cy.$id(${JSON.stringify(`${a}-rb`)}).nonempty()`);
    expect(await model(`cy.$id(${JSON.stringify(c)}).nonempty()`)).toBe(false);

    // The page subscribes when it loads; writes go on until the page shows one (no sleeping on a guess).
    let round = 0;
    const renamed = () => `Renamed ${prefix} ${round}`;
    for (; round < 30; round++) {
      await write(UPDATE_ENTITY, { id: a, name: renamed(), citation: CITE });
      const shown = await page
        .waitForFunction(
          `window.cy.$id(${JSON.stringify(a)}).data("label") === ${JSON.stringify(renamed())}`,
          undefined,
          { timeout: 2000 },
        )
        .then(
          () => true,
          () => false,
        );
      if (shown) break;
    }
    expect(await model(`cy.$id(${JSON.stringify(a)}).data("label")`)).toBe(renamed());
    await expect(page.locator("#status").innerText()).resolves.toMatch(
      /^Live: entity .* by e2e-editor/,
    );

    await write(CREATE_REL, {
      id: `${a}-rc`,
      type: "COMPETES_WITH",
      from: a,
      to: c,
      citations: [CITE],
    });
    await page.waitForFunction(`window.cy.$id(${JSON.stringify(`${a}-rc`)}).nonempty()`);
    expect(await model(`cy.$id(${JSON.stringify(c)}).nonempty()`)).toBe(true);
    await expect(page.locator("#status").innerText()).resolves.toMatch(
      /relationship .*-rc created by e2e-editor/,
    );

    await session.api.gql(
      `mutation($id: ID!, $citation: CitationInput!) { deleteRelationship(id: $id, citation: $citation) { deleted } }`,
      { id: `${a}-rb`, citation: CITE },
      outside,
    );
    await page.waitForFunction(`window.cy.$id(${JSON.stringify(`${a}-rb`)}).empty()`);
    expect(session.browser.remoteRequests).toEqual([]);
    expect(session.browser.pageErrors).toEqual([]);
  });
});
