import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { openBrowser, SCREENSHOTS, type Browser } from "./support/browser";

jest.setTimeout(180_000);

const ROOT = join(__dirname, "..", "..");
const browserUrl = process.env.TEST_NEO4J_HTTP;
const WAIT = { timeout: 90_000 };

/**
 * Polls an expression in the page until it is truthy. Browser's Content-Security-Policy forbids the `eval`
 * behind page.waitForFunction with a string; page.evaluate goes through the debugger protocol instead.
 */
async function waitForPage(page: Page, expression: string, timeout = WAIT.timeout): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeout} ms waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/**
 * Puts text into Browser's main (Monaco) editor as a clipboard paste and runs it. Typing would let Monaco
 * close brackets and indent lines on its own: a typed `:style` gains a stray `}` that crashes Browser 5.24.
 */
async function run(page: Page, text: string): Promise<void> {
  const editor = page.locator("#monaco-main-editor textarea");
  await editor.focus();
  // The page's code is written as strings: the test's TypeScript has no DOM types.
  await page.evaluate(`(() => {
    const data = new DataTransfer();
    data.setData("text/plain", ${JSON.stringify(text)});
    const event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
    document.querySelector("#monaco-main-editor textarea").dispatchEvent(event);
  })()`);
  // Monaco draws only the lines in view, and the cursor ends at the end of the paste: compare the ends.
  const end = JSON.stringify(text.replace(/\s/g, "").slice(-20));
  await waitForPage(
    page,
    `(document.querySelector("#monaco-main-editor .view-lines")?.textContent ?? "").replace(/\\s/g, "").endsWith(${end})`,
  );
  await page.getByTestId("editor-Run").click();
}

/** Waits until the force layout has stopped moving the nodes (two identical readings 300 ms apart). */
async function settle(page: Page): Promise<void> {
  await waitForPage(
    page,
    `(() => {
    const now = Array.from(document.querySelectorAll("svg g.node"), (n) => n.getAttribute("transform")).join("|");
    const still = now !== "" && now === window.__lastLayout;
    window.__lastLayout = now;
    return still;
  })()`,
  );
}

if (!browserUrl) {
  it.skip("Neo4j Browser: skipped, TEST_NEO4J_HTTP is unset (NEO4J_URI points at a Neo4j this run did not start)", () =>
    undefined);
}

(browserUrl ? describe : describe.skip)("Neo4j Browser (served by the test Neo4j)", () => {
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  it("connects, loads style.grass and runs who-owns-iij.cypher", async () => {
    // Browser asks remote hosts for fonts and guides; offline they fail fast, so remoteRequests is not asserted.
    browser = await openBrowser();
    const { page } = browser;
    const boltUri = new URL(process.env.NEO4J_URI!);

    await page.goto(browserUrl!);
    await page.getByTestId("boltaddress").waitFor(WAIT);
    await page.getByTestId("bolt-scheme-select").selectOption("bolt://");
    await page.getByTestId("boltaddress").fill(boltUri.host);
    await page.getByTestId("username").fill("neo4j");
    await page.getByTestId("password").fill(process.env.NEO4J_PASSWORD!);
    await page.getByTestId("connect").click();
    await page.getByText(/You are connected as user/).waitFor(WAIT);

    // The style, as README says: `:style` and the file's content, pasted.
    const grass = readFileSync(join(ROOT, "cypher", "browser", "style.grass"), "utf8");
    await run(page, `:style ${grass}`);
    const readStyle = `(JSON.parse(localStorage.getItem("neo4j.grass") ?? "null") ?? {})`;
    await waitForPage(
      page,
      `${readStyle}["node.Company"]?.caption === "{name}" && ${readStyle}["relationship.INVOLVES"]?.caption === "{role}"`,
    );
    const style = await page.evaluate<Record<string, Record<string, string>>>(readStyle);
    expect(Object.keys(style)).not.toContain("");
    expect(style["node.Company"]?.color).toBe("#4C8EDA");
    // Close the style's frame so that the query's frame fills the screenshot.
    await page.locator('[data-testid="frame"]').first().getByTitle("Close").click();

    const query = readFileSync(join(ROOT, "cypher", "browser", "who-owns-iij.cypher"), "utf8")
      .split("\n")
      .filter((line) => !line.trim().startsWith("//"))
      .join("\n")
      .trim();
    await run(page, query);
    const counts = page.getByText(/Displaying \d+ nodes, \d+ relationships/);
    await counts.waitFor(WAIT);
    const [, nodes, relationships] = /Displaying (\d+) nodes, (\d+) relationships/
      .exec(await counts.innerText())!
      .map(Number);
    expect(nodes).toBeGreaterThanOrEqual(4);
    expect(relationships).toBeGreaterThanOrEqual(4);
    // Captions are the names (the style): Browser breaks them into words, one <text> each. The overview's
    // counts can appear before the nodes are drawn: wait for the drawing.
    const drawn = `Array.from(document.querySelectorAll("svg g.node text"), (t) => t.textContent).join(" ")`;
    await waitForPage(page, `${drawn}.includes("Initiative")`);
    const captions = await page.evaluate<string>(drawn);
    expect(captions).toContain("Internet");
    expect(captions).toContain("Initiative");
    expect(captions).toContain("Nippon");
    await settle(page);
    await page.screenshot({ path: join(SCREENSHOTS, "neo4j-browser.png") });

    // The same result as a table names IIJ and NTT in full.
    await page.getByText("Table", { exact: true }).first().click();
    await page
      .getByText(/"Internet Initiative Japan/)
      .first()
      .waitFor(WAIT);
    await page
      .getByText(/"Nippon Telegraph and Telephone/)
      .first()
      .waitFor(WAIT);
  });
});
