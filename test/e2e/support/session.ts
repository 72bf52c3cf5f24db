import { TestApi } from "../../support/api";
import { ensureWebBundle, openBrowser, type Browser } from "./browser";

export interface E2eSession {
  api: TestApi;
  browser: Browser;
}

/**
 * The real server and a Chromium for one test file: started before its tests, the browser reopened
 * after a renderer crash (a loaded machine's fault, not the page's), both stopped after.
 * Generous timeouts: the assertions wait on what is drawn, never on time.
 */
export function e2eSession(): E2eSession {
  jest.setTimeout(180_000);
  const session = {} as E2eSession;
  beforeAll(async () => {
    ensureWebBundle();
    session.api = await TestApi.start();
    session.browser = await openBrowser();
  });
  beforeEach(async () => {
    if (!session.browser.crashed()) return;
    await session.browser.close().catch(() => undefined);
    session.browser = await openBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.api?.stop();
  });
  return session;
}
