import cytoscape, {
  type Core,
  type EdgeSingular,
  type ElementDefinition,
  type NodeSingular,
} from "cytoscape";
import fcose from "cytoscape-fcose";
import "./explorer.css";
import { readBoot } from "./boot";
import {
  eventAmount,
  eventDates,
  figureAmount,
  followChanges,
  GraphqlClient,
  neighborhood,
  search,
  wholeGraph,
  type Graph,
  type GraphEdge,
  type GraphNode,
  type LiveChange,
} from "./explorer-api";
import { el, renderPanel } from "./explorer-panel";
import { mountQuerySection, type StakeFilter } from "./explorer-query";
import { nodesOf } from "./explorer-query-api";
import { cyStyle, EDGE_COLORS, EVENT_STYLE, KIND_STYLE, styleOf } from "./explorer-style";

const SEGMENTS = [
  "INTERNET_CONNECTIVITY",
  "VALUE_ADDED_SERVICES",
  "SYSTEMS_INTEGRATION",
  "NETWORK_SERVICES",
  "EQUIPMENT_SALES",
  "DATA_CENTER",
  "OTHER",
];

const boot = readBoot();
const endpoint = new URL(boot.endpoint, window.location.href).toString();
const api = new GraphqlClient(endpoint);
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const searchBox = $<HTMLInputElement>("search");
const results = $<HTMLUListElement>("results");
const asOfInput = $<HTMLInputElement>("as-of");
const segmentSelect = $<HTMLSelectElement>("segment");
const typeFilters = $<HTMLDivElement>("type-filters");
const panel = $<HTMLElement>("panel");
const status = $<HTMLElement>("status");

cytoscape.use(fcose);

/** At or above this zoom, edge labels are drawn; below it, only on hover or selection. */
const LABEL_ZOOM = 1.1;

const cy: Core = cytoscape({
  container: $("graph"),
  style: cyStyle(),
  wheelSensitivity: 0.3,
  minZoom: 0.2,
  maxZoom: 3,
});
(window as unknown as { cy: Core }).cy = cy;

/** Entities whose neighborhood is drawn, in the order they were opened (replayed when asOf changes). */
let expanded: string[] = [];
const hiddenTypes = new Set<string>();
/** The OWNS relationships the Query section's stake filter keeps (by id), or null when it is off. */
let keptStakes: Set<string> | null = null;

function say(text: string, isError = false): void {
  status.textContent = text;
  status.className = isError ? "error" : "";
}

/** The date the slider stands on (a date the graph knows, at its own precision), or null for all dates. */
let sliderDate: string | null = null;

function asOf(): string | null {
  return asOfInput.value || sliderDate;
}

function nodeElement(n: GraphNode): ElementDefinition {
  const { color, shape } = styleOf(n.kind, n.isEvent);
  return {
    group: "nodes",
    data: { id: n.id, label: n.label, kind: n.kind, isEvent: n.isEvent, color, shape, record: n },
  };
}

function edgeElement(e: GraphEdge): ElementDefinition {
  const color = EDGE_COLORS[e.type] ?? "#8899aa";
  return {
    group: "edges",
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      label: e.label,
      color,
      record: e,
    },
  };
}

function addGraph(g: Graph): void {
  const fresh = [
    ...g.nodes.filter((n) => cy.getElementById(n.id).empty()).map(nodeElement),
    ...g.edges.filter((e) => cy.getElementById(e.id).empty()).map(edgeElement),
  ];
  cy.add(fresh);
  if (g.truncated) say("Some neighbours were left out (limit reached).");
}

/** Nodes placed by a layout already: a later layout starts from their positions (fCoSE's incremental mode). */
let placed = false;

function layout(centre?: string): void {
  const run = cy.layout({
    name: "fcose",
    animate: false,
    quality: "default",
    randomize: !placed,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: () => 110,
    nodeRepulsion: () => 8000,
    packComponents: true,
  } as cytoscape.LayoutOptions);
  run.run();
  placed = true;
  showLabelsAtZoom();
  const c = centre ? cy.getElementById(centre) : undefined;
  if (c && c.nonempty())
    cy.animate({ center: { eles: c }, zoom: Math.min(cy.zoom(), 1.2) }, { duration: 200 });
  else cy.fit(undefined, 30);
}

async function expand(id: string): Promise<void> {
  say(`Loading the neighborhood of ${id}…`);
  try {
    addGraph(await neighborhood(api, id, asOf()));
    if (!expanded.includes(id)) expanded.push(id);
    cy.getElementById(id).addClass("expanded");
    applyFilters();
    layout(id);
    say(
      `${cy.nodes().length} nodes, ${cy.edges().length} relationships${asOf() ? ` valid on ${asOf()}` : ""}. Click a node to expand it.`,
    );
  } catch (error) {
    say(String((error as Error).message), true);
  }
}

async function centreOn(id: string): Promise<void> {
  cy.elements().remove();
  placed = false;
  expanded = [];
  await expand(id);
  cy.nodes().removeClass("centre");
  const node = cy.getElementById(id);
  node.addClass("centre");
  cy.$(":selected").unselect();
  node.select();
  void showNode(node);
}

async function reload(): Promise<void> {
  const ids = [...expanded];
  cy.elements().remove();
  placed = false;
  expanded = [];
  for (const id of ids) await expand(id);
  await query.reapply();
}

function applyFilters(): void {
  const segment = segmentSelect.value;
  cy.edges().forEach((e) => {
    const record = e.data("record") as GraphEdge;
    const segments = (record.properties.segments as string[] | undefined) ?? [];
    const bySegment =
      segment !== "" && record.type === "COMPETES_WITH" && !segments.includes(segment);
    const byStake = keptStakes !== null && record.type === "OWNS" && !keptStakes.has(record.id);
    e.toggleClass("hidden", hiddenTypes.has(record.type) || bySegment || byStake);
  });
  renderTypeFilters();
}

/**
 * The Query section's stake filter: the stakes it keeps are drawn (with their entities when missing) and every
 * other OWNS relationship is hidden; null shows them all again.
 */
async function showStakes(filter: StakeFilter | null): Promise<void> {
  keptStakes = filter && new Set(filter.answer.edges.map((e) => e.id));
  if (filter) {
    const ends = new Set(filter.answer.edges.flatMap((e) => [e.source, e.target]));
    const missing = [...ends].filter((id) => cy.getElementById(id).empty());
    const nodes = missing.length ? await nodesOf(api, missing) : [];
    const drawnIds = new Set([...cy.nodes().map((n) => n.id()), ...nodes.map((n) => n.id)]);
    const edges = filter.answer.edges.filter(
      (e) => drawnIds.has(e.source) && drawnIds.has(e.target),
    );
    const before = cy.elements().length;
    addGraph({ nodes, edges, truncated: false });
    applyFilters();
    if (cy.elements().length > before) layout();
  } else applyFilters();
  const shown = cy.edges('[type = "OWNS"]').filter((e) => !e.hasClass("hidden")).length;
  say(
    `${shown} ownership relationships shown${filter ? ` (stakes of at least ${filter.min} %)` : ""}.`,
  );
}

/** Selects a drawn entity and centres on it, as a click would; draws its neighborhood when it is not drawn. */
function focus(id: string): void {
  const node = cy.getElementById(id);
  if (node.empty()) return void centreOn(id);
  cy.$(":selected").unselect();
  node.select();
  cy.animate({ center: { eles: node } }, { duration: 200 });
  void showNode(node);
}

function renderTypeFilters(): void {
  const types = [...new Set(cy.edges().map((e) => e.data("type") as string))].sort();
  typeFilters.replaceChildren(
    ...types.map((t) => {
      const box = el("input", { type: "checkbox", value: t, "data-type": t }) as HTMLInputElement;
      box.checked = !hiddenTypes.has(t);
      box.addEventListener("change", () => {
        if (box.checked) hiddenTypes.delete(t);
        else hiddenTypes.add(t);
        applyFilters();
      });
      const swatch = el("span", {
        class: "swatch line",
        style: `background:${EDGE_COLORS[t] ?? "#8899aa"}`,
      });
      return el("label", {}, box, swatch, t);
    }),
  );
}

async function showNode(node: NodeSingular): Promise<void> {
  const n = node.data("record") as GraphNode;
  const content = {
    title: n.label,
    subtitle: `${n.kind} · ${n.id}`,
    properties: n.properties,
    citations: n.properties.citations ?? [],
  };
  renderPanel(panel, content);
  try {
    const amount =
      n.kind === "FinancialFigure"
        ? await figureAmount(api, n.id)
        : n.isEvent
          ? await eventAmount(api, n.id)
          : null;
    if (amount && (cy.$(":selected").first().id() === n.id || cy.$(":selected").empty()))
      renderPanel(panel, { ...content, amount });
  } catch (error) {
    say(String((error as Error).message), true);
  }
}

function showEdge(edge: EdgeSingular): void {
  const e = edge.data("record") as GraphEdge;
  const name = (id: string) => (cy.getElementById(id).data("label") as string | undefined) ?? id;
  renderPanel(panel, {
    title: e.label,
    subtitle: `${name(e.source)} → ${name(e.target)}`,
    properties: { type: e.type, ...e.properties },
    citations: e.properties.citations ?? [],
  });
}

function download(name: string, href: string): void {
  const a = el("a", { href, download: name }) as HTMLAnchorElement;
  document.body.append(a);
  a.click();
  a.remove();
}

function renderLegend(): void {
  const entries = [...Object.entries(KIND_STYLE), ["Event", EVENT_STYLE] as const];
  $("legend").replaceChildren(
    el("strong", {}, "Legend"),
    ...entries.map(([kind, s]) =>
      el(
        "div",
        {},
        el("span", { class: `swatch shape-${s.shape}`, style: `background:${s.color}` }),
        kind,
      ),
    ),
  );
}

let searchTimer: number | undefined;
searchBox.addEventListener("input", () => {
  window.clearTimeout(searchTimer);
  const text = searchBox.value.trim();
  if (!text) return void results.replaceChildren();
  searchTimer = window.setTimeout(async () => {
    try {
      const hits = await search(api, text);
      results.replaceChildren(
        ...hits.map((h) => {
          const item = el(
            "li",
            { "data-id": h.entity.id, tabindex: "0" },
            el("span", { class: "hit-name" }, h.entity.name),
            el("span", { class: "hit-kind" }, h.entity.kind),
          );
          const choose = () => {
            results.replaceChildren();
            searchBox.value = h.entity.name;
            void centreOn(h.entity.id);
          };
          item.addEventListener("click", choose);
          item.addEventListener("keydown", (ev) => ev.key === "Enter" && choose());
          return item;
        }),
      );
      if (!hits.length) results.replaceChildren(el("li", { class: "muted" }, "No match"));
    } catch (error) {
      say(String((error as Error).message), true);
    }
  }, 200);
});
searchBox.addEventListener("keydown", (ev) => {
  if (ev.key === "Enter") (results.querySelector("li[data-id]") as HTMLElement | null)?.click();
});

cy.on("tap", "node", (ev) => {
  const node = ev.target as NodeSingular;
  void showNode(node);
  if (!expanded.includes(node.id())) void expand(node.id());
});
cy.on("tap", "edge", (ev) => showEdge(ev.target as EdgeSingular));

segmentSelect.append(...SEGMENTS.map((s) => el("option", { value: s }, s)));
segmentSelect.addEventListener("change", applyFilters);
asOfInput.addEventListener("change", () => void reload());

function showLabelsAtZoom(): void {
  cy.edges().toggleClass("labelled", cy.zoom() >= LABEL_ZOOM);
}
cy.on("zoom", showLabelsAtZoom);
cy.on("mouseover", "edge", (e) => void e.target.addClass("hover"));
cy.on("mouseout", "edge", (e) => void e.target.removeClass("hover"));
cy.on("mouseover", "node", (e) => void e.target.connectedEdges().addClass("hover"));
cy.on("mouseout", "node", (e) => void e.target.connectedEdges().removeClass("hover"));

// The as-of slider: its stops are the dates of the graph's events, in order; the first stop is "all dates".
const slider = $<HTMLInputElement>("as-of-slider");
const sliderLabel = $<HTMLElement>("as-of-slider-date");
void eventDates(api).then((dates) => {
  slider.max = String(dates.length);
  slider.disabled = dates.length === 0;
  slider.addEventListener("input", () => {
    sliderDate = dates[Number(slider.value) - 1] ?? null;
    sliderLabel.textContent = sliderDate ?? "all dates";
  });
  slider.addEventListener("change", () => {
    asOfInput.value = "";
    void reload();
  });
});

// The whole graph, one click away (what /export/graph.json holds).
$("whole-graph").addEventListener("click", () => {
  say("Loading the whole graph…");
  void wholeGraph().then((g) => {
    cy.elements().remove();
    placed = false;
    expanded = [];
    addGraph(g);
    applyFilters();
    layout();
    say(`${cy.nodes().length} nodes, ${cy.edges().length} relationships: the whole graph.`);
  });
});
$("export-png").addEventListener("click", () =>
  download("iij-graph.png", cy.png({ full: true, scale: 2, bg: "#ffffff" })),
);
$("export-json").addEventListener("click", () => {
  const visible = cy
    .elements(":visible")
    .jsons()
    .map((j) => {
      const data = { ...(j as { data: Record<string, unknown> }).data };
      const record = data.record as { properties?: unknown } | undefined;
      delete data.record;
      return {
        group: (j as { group: string }).group,
        data: { ...data, properties: record?.properties },
        position: (j as { position?: unknown }).position,
      };
    });
  const blob = new Blob([JSON.stringify({ elements: visible }, null, 2)], {
    type: "application/json",
  });
  const url = URL.createObjectURL(blob);
  download("iij-graph-view.json", url);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
});
$("fit").addEventListener("click", () => cy.fit(undefined, 30));

/** Puts what a neighborhood read says into the drawing: new elements added, drawn ones given their new data. */
function mergeGraph(g: Graph): void {
  for (const n of g.nodes) {
    const drawn = cy.getElementById(n.id);
    if (drawn.nonempty()) drawn.data({ label: n.label, record: n });
  }
  for (const e of g.edges) {
    const drawn = cy.getElementById(e.id);
    if (drawn.nonempty()) drawn.data({ label: e.label, record: e });
  }
  addGraph(g);
}

/**
 * A change recorded anywhere (another tab, another editor, another replica) applied to what is drawn: a deleted
 * item goes, a changed one is read again with its neighborhood (so new relationships of drawn entities
 * appear), and the status line says what happened and who did it.
 */
async function applyChange(change: LiveChange): Promise<void> {
  const drawn = cy.getElementById(change.itemId);
  const ends =
    change.itemKind === "RELATIONSHIP" && change.after
      ? [String(change.after.source), String(change.after.target)]
      : [];
  const touched = [change.itemId, ...ends].filter((id) => expanded.includes(id));
  if (drawn.empty() && touched.length === 0) return;
  if (change.operation === "DELETE") {
    drawn.remove();
    expanded = expanded.filter((id) => id !== change.itemId);
  } else {
    for (const id of touched.length ? touched : [change.itemId]) {
      if (cy.getElementById(id).nonempty()) mergeGraph(await neighborhood(api, id, asOf()));
    }
    cy.getElementById(change.itemId).flashClass("live-changed", 1500);
    applyFilters();
  }
  const what = change.itemKind.toLowerCase();
  say(
    `Live: ${what} ${change.itemId} ${change.operation.toLowerCase()}d by ${change.actor} (change ${change.seq}).`,
  );
  status.dataset.seq = String(change.seq);
}

followChanges(endpoint, (change) => void applyChange(change));

renderLegend();
const queryBox = el("section", { id: "query", "aria-label": "Query" });
$("filters").prepend(queryBox);
const query = mountQuerySection(queryBox, { api, asOf, showStakes, focus });
// Start on ?id=, or on IIJ's neighborhood: the graph is about IIJ.
const start = new URLSearchParams(window.location.search).get("id") ?? "iij";
void centreOn(start);
