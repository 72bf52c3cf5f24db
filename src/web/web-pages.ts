/** The HTML shells of the browser pages; scripts and styles come from /web/ (dist/web), never a CDN. */

export interface PageOptions {
  title: string;
  script: string;
  style: string;
  /** Serialised into `<script id="boot" type="application/json">` for the page's script. */
  boot: unknown;
  body?: string;
}

/** JSON that cannot end a `<script>` element early. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function renderPage(o: PageOptions): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>${escapeHtml(o.title)}</title>
  <link rel="stylesheet" href="${escapeHtml(o.style)}" />
</head>
<body>
  ${o.body ?? '<div id="root"></div>'}
  <script id="boot" type="application/json">${scriptJson(o.boot)}</script>
  <script type="module" src="${escapeHtml(o.script)}"></script>
</body>
</html>
`;
}

export const MISSING_BUNDLE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8" /><title>Web bundle missing</title></head>
<body><h1>Web bundle missing</h1><p>Run <code>npm run build:web</code> (or <code>npm start</code>) to build dist/web.</p></body></html>
`;

/** The explorer's layout; src/web/client/explorer.tsx fills it. */
export const EXPLORER_BODY = `<header>
    <h1>IIJ knowledge graph</h1>
    <div class="search">
      <input id="search" type="search" placeholder="Search entities (e.g. NTT)" autocomplete="off" aria-label="Search entities" />
      <ul id="results" role="listbox"></ul>
    </div>
    <label>as of <input id="as-of" type="date" min="1990-01-01" max="2010-12-31" /></label>
    <label title="The dates of the graph's events">dates <input id="as-of-slider" type="range" min="0" max="0" value="0" step="1" /> <span id="as-of-slider-date">all dates</span></label>
    <label>segment <select id="segment"><option value="">all segments</option></select></label>
    <button id="fit" type="button">Fit</button>
    <button id="whole-graph" type="button">Whole graph</button>
    <button id="export-png" type="button">Export PNG</button>
    <button id="export-json" type="button">Export JSON</button>
    <span class="downloads">Whole graph: <a href="/export/graph.json">JSON</a> · <a href="/export/graph.graphml">GraphML</a> · <a href="/export/graph.csv">CSV</a> · <a href="/export/bods.json" title="Beneficial Ownership Data Standard 0.4 statements">BODS</a> · <a href="/export/ftm.json" title="FollowTheMoney entities, one a line">FtM</a> · <a href="/export/annotations.jsonld" title="Every citation as a W3C Web Annotation">Annotations</a> · <a href="/source" title="The 20-F text, linked to the graph">Source</a></span>
  </header>
  <main>
    <aside id="filters"><strong>Relationships</strong><div id="type-filters"></div><div id="legend"></div></aside>
    <div id="graph" aria-label="graph"></div>
    <section id="panel"><p class="muted">Select a node or relationship to see its properties and citations.</p></section>
  </main>
  <footer id="status"></footer>`;
