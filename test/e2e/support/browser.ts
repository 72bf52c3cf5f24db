import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

const ROOT = join(__dirname, "..", "..", "..");
export const SCREENSHOTS = join(ROOT, "docs", "screenshots");

/** Builds dist/web when it is missing or older than src/web/client (a no-op when fresh). */
export function ensureWebBundle(): void {
  execFileSync(process.execPath, [join(ROOT, "src", "web", "client", "build.mjs")], {
    stdio: "inherit",
  });
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Requests that left the loopback interface (the pages must work offline). */
  remoteRequests: string[];
  /** Errors thrown in the page. */
  pageErrors: string[];
  /** True once the page's renderer has crashed (then open a new browser). */
  crashed: () => boolean;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, with a fresh profile in a temporary folder. */
export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "iij-e2e-chromium-"));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      headless: true,
      acceptDownloads: true,
      viewport: { width: 1400, height: 900 },
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-dev-shm-usage",
      ],
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const remoteRequests: string[] = [];
  const pageErrors: string[] = [];
  context.on("request", (req) => {
    const url = new URL(req.url());
    if (
      !["127.0.0.1", "localhost"].includes(url.hostname) &&
      !["data:", "blob:"].includes(url.protocol)
    ) {
      remoteRequests.push(req.url());
    }
  });
  page.on("pageerror", (err) => pageErrors.push(String(err)));
  let crashed = false;
  page.on("crash", () => {
    crashed = true;
  });
  return {
    context,
    page,
    remoteRequests,
    pageErrors,
    crashed: () => crashed,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
