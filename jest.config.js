/**
 * Unit tests (pure functions), integration tests (a real Neo4j started for the run, real HTTP) and
 * end-to-end tests (the same, driven through Debian's Chromium), and reliability tests (property-based
 * inputs, Neo4j faults, load; the same throwaway Neo4j, except fault tests, which start their own).
 */
/** TypeScript is transpiled with SWC, file by file; types are checked by `npm run typecheck`, not here. */
const swc = {
  jsc: {
    parser: { syntax: "typescript", decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
    target: "es2022",
  },
  module: { type: "commonjs" },
  sourceMaps: "inline",
};

const common = {
  testEnvironment: "node",
  setupFiles: ["<rootDir>/test/support/setup.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", swc] },
};

module.exports = {
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/test/unit/**/*.test.ts"] },
    {
      ...common,
      displayName: "integration",
      testMatch: ["<rootDir>/test/integration/**/*.int.test.ts"],
      globalSetup: "<rootDir>/test/support/global-setup.ts",
      globalTeardown: "<rootDir>/test/support/global-teardown.ts",
      slowTestThreshold: 30,
    },
    {
      ...common,
      displayName: "e2e",
      testMatch: ["<rootDir>/test/e2e/**/*.e2e.test.ts"],
      globalSetup: "<rootDir>/test/support/global-setup.ts",
      globalTeardown: "<rootDir>/test/support/global-teardown.ts",
      slowTestThreshold: 60,
    },
    {
      ...common,
      displayName: "reliability",
      testMatch: ["<rootDir>/test/reliability/**/*.rel.test.ts"],
      globalSetup: "<rootDir>/test/support/global-setup.ts",
      globalTeardown: "<rootDir>/test/support/global-teardown.ts",
      slowTestThreshold: 120,
    },
  ],
  testTimeout: 60000,
  // Jest's default is one worker per core but one; most test time here waits on Neo4j, a restart or a load
  // phase, so two files at a time fill two cores. Tests isolate their data (ids under their own prefix).
  maxWorkers: 2,
};
