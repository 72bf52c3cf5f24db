import { authHeader } from "../support/custom-api";
import { e2eSession } from "./support/session";

const session = e2eSession();
const CITE = { section: "Item 4.B", quote: "NTT Communications purchased shares of our company" };
const CREATE_ENTITY = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { created } }`;

describe("live updates in the browser", () => {
  const prefix = `test-e2e-live-${Math.random().toString(36).slice(2, 8)}`;
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
      `subscription Live { changed(kinds: [ENTITY]) { seq operation itemId actor } }`,
    );
    await page.locator(".graphiql-execute-button").click();
    const response = page.locator(".graphiql-response");
    // Writes from outside the page until one shows (the subscription starts once the server has read the log).
    const editor_ = await authHeader(["editor"], "e2e-outside");
    let shown = false;
    for (let i = 0; i < 30 && !shown; i++) {
      const id = `${prefix}-${i}`;
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
});
