// Builds the browser bundle into dist/web: GraphiQL with its Monaco workers, the explorer, and a copy of
// GraphQL Playground's React build. Every script, style and font comes from node_modules (no CDN).
// Skips the work when dist/web is newer than its inputs; `--force` rebuilds.
import { build } from "esbuild";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  statSync,
  writeFileSync,
  readFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const clientDir = join(root, "src", "web", "client");
const outDir = join(root, "dist", "web");
const stampFile = join(outDir, ".build-stamp");
const require = createRequire(join(root, "package.json"));
const graphiqlReact = dirname(
  require.resolve("@graphiql/react/package.json", {
    paths: [dirname(require.resolve("graphiql"))],
  }),
);
const requireFromGraphiql = createRequire(join(graphiqlReact, "package.json"));

function newestMtime(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((n) => newestMtime(join(path, n))));
}

const inputs = Math.max(newestMtime(clientDir), newestMtime(join(root, "package-lock.json")));
const force = process.argv.includes("--force");
if (!force && existsSync(stampFile) && Number(readFileSync(stampFile, "utf8")) >= inputs)
  process.exit(0);

mkdirSync(outDir, { recursive: true });
const started = Date.now();
const common = {
  bundle: true,
  minify: true,
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
  define: { "process.env.NODE_ENV": '"production"' },
  loader: { ".ttf": "file", ".woff": "file", ".woff2": "file", ".svg": "file", ".png": "file" },
};

await Promise.all([
  build({
    ...common,
    entryPoints: {
      graphiql: join(clientDir, "graphiql.tsx"),
      explorer: join(clientDir, "explorer.tsx"),
      source: join(clientDir, "source-page.tsx"),
    },
    outdir: outDir,
    format: "esm",
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    assetNames: "assets/[name]-[hash]",
    target: "es2022",
    jsx: "automatic",
    tsconfig: join(clientDir, "tsconfig.json"),
  }),
  build({
    ...common,
    entryPoints: {
      "editor.worker": require.resolve("monaco-editor/esm/vs/editor/editor.worker.js"),
      "json.worker": require.resolve("monaco-editor/esm/vs/language/json/json.worker.js"),
      "graphql.worker": requireFromGraphiql.resolve("monaco-graphql/esm/graphql.worker.js"),
    },
    outdir: join(outDir, "workers"),
    format: "iife",
    target: "es2022",
  }),
]);

const playground = dirname(require.resolve("@apollographql/graphql-playground-react/package.json"));
const playgroundOut = join(outDir, "vendor", "@apollographql", "graphql-playground-react", "build");
for (const file of ["static/js/middleware.js", "static/css/index.css", "favicon.png"]) {
  mkdirSync(dirname(join(playgroundOut, file)), { recursive: true });
  cpSync(join(playground, "build", file), join(playgroundOut, file));
}

writeFileSync(stampFile, String(inputs));
process.stderr.write(`build:web: dist/web in ${Date.now() - started} ms\n`);
