// @ts-check
import eslint from "@eslint/js";
import prettier from "eslint-config-prettier";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores(["dist/", "node_modules/", "coverage/", ".neo4j/", ".tools/", "bench/results/"]),
  eslint.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // The `_` prefix marks a binding kept on purpose (a rest sibling, a positional parameter), as tsc's checks allow.
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
        },
      ],
    },
  },
  {
    // Type information from the project's own tsconfigs: src and test, bench, the browser client.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: {
        project: ["./tsconfig.json", "./tsconfig.bench.json", "./src/web/client/tsconfig.json"],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Sessions, transactions and close() are awaited; a promise left alone says so with `void`.
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // Tests and the bench read GraphQL and driver answers as untyped JSON, by shape.
    files: ["test/**", "bench/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["src/web/client/**/*.tsx"],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ["jest.config.js"],
    languageOptions: { sourceType: "commonjs" },
  },
  {
    // The server logs through its injected pino logger; command-line tools print with process.stdout/stderr.
    files: ["src/**"],
    rules: { "no-console": "error" },
  },
  prettier,
);
