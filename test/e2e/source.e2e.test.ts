import { join } from "node:path";
import { sourceText } from "../../src/domain/source-text";
import { SCREENSHOTS } from "./support/browser";
import { pageAnswers } from "./support/page-answers";
import { e2eSession } from "./support/session";

const session = e2eSession();

/** What the page asks of each page of sentences that these tests read. */
interface SentencePage {
  sentences: { edges: Array<{ node: { offset: number; citedBy: unknown[] } }> };
}

describe("/source", () => {
  const text = sourceText();

  it("draws the text by section with every cited sentence highlighted, and lists a sentence's facts on click", async () => {
    const { page } = session.browser;
    // Other test files cite sentences meanwhile: the highlights are compared with the page's answers.
    const sentenceAnswers = pageAnswers<SentencePage>(page, "SourceSentences");
    await page.goto(`${session.api.baseUrl}/source`);
    await page.waitForSelector("body[data-ready=true]");

    const { coverage, document } = await session.api.data(
      `{ coverage { sentences } document { sections { id } } }`,
    );
    const sentences = (await sentenceAnswers.all()).flatMap((a) =>
      a.sentences.edges.map((e) => e.node),
    );
    expect(sentences).toHaveLength(coverage.sentences);
    // One span per sentence start; the highlighted ones are exactly those something cites.
    expect(await page.locator(".s[id^=offset-]").count()).toBe(coverage.sentences);
    const highlighted = await page
      .locator(".s.cited[id^=offset-]")
      .evaluateAll((ns) => ns.map((n) => Number(n.id.slice(7))));
    expect(highlighted).toEqual(sentences.filter((s) => s.citedBy.length > 0).map((s) => s.offset));
    expect(await page.locator("#toc li").count()).toBe(document.sections.length);
    // The page shows the text verbatim: its spans and the text between them, in order.
    expect(await page.locator("#text").evaluate((n) => n.textContent)).toBe(text);

    const at = text.indexOf("NTT and its affiliates currently own 29.7%");
    const sentence = page.locator(`#offset-${at}`);
    expect(await sentence.getAttribute("class")).toContain("kind-relationship");
    expect(await sentence.getAttribute("title")).toContain("OWNS");
    await sentence.click();
    const owns = page.locator('#panel li.fact[data-id="rel-ntt-owns-iij"]');
    await owns.waitFor();
    expect(await owns.locator("blockquote").textContent()).toBe(
      "NTT and its affiliates currently own 29.7% of our outstanding shares as of March 31, 2007.",
    );
    expect(await owns.locator("a").getAttribute("href")).toBe("/explorer?id=ntt");

    await page.screenshot({ path: join(SCREENSHOTS, "source.png") });
    expect(session.browser.pageErrors).toEqual([]);
    expect(session.browser.remoteRequests).toEqual([]);
  });

  it("scrolls to and marks the sentence of an #offset-N link, also inside a sentence a page break cut", async () => {
    const { page } = session.browser;
    const inside = text.indexOf("Corporation for ¥75 million");
    await page.goto(`${session.api.baseUrl}/source#offset-${inside}`);
    await page.waitForSelector("body[data-ready=true]");
    const start = text.indexOf("In August 2006, we invested ¥110 million");
    const marked = page.locator(".s.target");
    // Both fragments of the cut sentence are marked; the panel names the sentence's facts.
    expect(await marked.count()).toBe(2);
    expect(await marked.first().getAttribute("id")).toBe(`offset-${start}`);
    await page.locator('#panel li.fact[data-id="ncj"]').waitFor();
    // Scrolled into the text pane's view.
    const box = (await marked.nth(1).boundingBox())!;
    const pane = (await page.locator("#text").boundingBox())!;
    expect(box.y + box.height > pane.y && box.y < pane.y + pane.height).toBe(true);
  });

  it("dims all but the uncited sentences that name a party or hold a figure or date, and searches the text", async () => {
    const { page } = session.browser;
    const sentenceAnswers = pageAnswers<SentencePage>(page, "SourceSentences");
    await page.goto(`${session.api.baseUrl}/source`);
    await page.waitForSelector("body[data-ready=true]");
    // Other test files may cite one of them meanwhile: the page's answers say which are uncited.
    const uncited = new Set(
      (await sentenceAnswers.all()).flatMap((a) =>
        a.sentences.edges.filter((e) => e.node.citedBy.length === 0).map((e) => e.node.offset),
      ),
    );
    await page.locator("#uncited-factual").check();
    // What seed/uncited.yaml lists: the coverage test keeps every other such sentence cited.
    const shown = await page
      .locator("#text .s.uncited.factual[id^=offset-]")
      .evaluateAll((ns) =>
        ns
          .filter((n) => (globalThis as any).getComputedStyle(n).opacity === "1")
          .map((n) => Number(n.id.slice(7))),
      );
    expect(shown.sort((a, b) => a - b)).toEqual(
      [13893, 22608, 22897].filter((offset) => uncited.has(offset)),
    );

    await page.locator("#search").fill("South Korea data center");
    const hit = page.locator("#hits li a").first();
    await hit.waitFor();
    await hit.click();
    await page.waitForFunction(`window.location.hash.startsWith("#offset-")`);
    const target = await page.locator(".s.target").first().textContent();
    expect(target).toContain("South Korea");
  });

  it("is where the explorer's citations lead: a citation's link marks its sentence", async () => {
    const { page } = session.browser;
    await page.goto(`${session.api.baseUrl}/explorer?id=konami`);
    const citation = page.locator("#panel details.citation").first();
    await citation.waitFor();
    await citation.locator("summary").click();
    const link = citation.locator('a[href^="/source#offset-"]');
    const quote = (await citation.locator("blockquote").textContent())!;
    await link.click();
    await page.waitForSelector("body[data-ready=true]");
    expect(new URL(page.url()).pathname).toBe("/source");
    const marked = (await page.locator(".s.target").allTextContents()).join(" ");
    expect(marked).toContain(quote.slice(0, 30));
    expect(session.browser.pageErrors).toEqual([]);
  });
});
