import type { Page } from "playwright-core";

/**
 * The `data` of every answer the page receives for one named GraphQL operation, in the order they
 * arrive. Other test files write to the same database while a page is read, so a test compares what
 * the page draws with the answers the page itself received, not with a second query of its own.
 * Call it before the page sends the operation.
 */
export function pageAnswers<T>(page: Page, operation: string): { all(): Promise<T[]> } {
  const answers: Array<Promise<T>> = [];
  page.on("response", (res) => {
    if (!res.request().postData()?.includes(`query ${operation}`)) return;
    answers.push(res.json().then((body: { data: T }) => body.data));
  });
  return { all: () => Promise.all(answers) };
}
