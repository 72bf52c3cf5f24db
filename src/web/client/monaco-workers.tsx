/** Monaco's web workers, bundled by build.mjs into /web/workers/ (same origin, no CDN). */
(globalThis as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    const name = label === "json" ? "json" : label === "graphql" ? "graphql" : "editor";
    return new Worker(`/web/workers/${name}.worker.js`);
  },
};
export {};
