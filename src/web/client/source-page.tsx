/**
 * The /source page: the 20-F excerpt by section with a table of contents, every cited sentence highlighted (a
 * colour per kind of fact), the facts of a sentence on hover and in a panel on click, a search box over the
 * text, a coverage view, and `#offset-N` links that scroll to the sentence holding that offset and mark it.
 * Reads everything through the public GraphQL API and /export/source.txt.
 */
import "./source-page.css";
import { factualReasons } from "../../source/coverage.rules";
import { readBoot } from "./boot";
import { GraphqlClient } from "./explorer-api";

interface Section {
  id: string;
  title: string;
  parentId: string | null;
  level: number;
  offset: number;
  length: number;
}
interface Fact {
  id: string;
  kind: "ENTITY" | "RELATIONSHIP" | "EVENT" | "EXCHANGE_RATE";
  type: string;
  name: string;
  from: string | null;
  to: string | null;
  quote: string;
  offset: number;
}
interface Sentence {
  id: string;
  offset: number;
  length: number;
  text: string;
  kind: string;
  sectionId: string;
  fragments: Array<{ offset: number; length: number }>;
  citedBy: Fact[];
}

/** The kind a sentence is coloured by when several kinds of fact cite it: the most specific first. */
const KIND_ORDER: Fact["kind"][] = ["RELATIONSHIP", "EVENT", "EXCHANGE_RATE", "ENTITY"];
/** Sentences per request: a page with their facts stays under the API's query cost limit. */
const PAGE = 25;

const boot = readBoot();
const api = new GraphqlClient(new URL(boot.endpoint, window.location.href).toString());
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

async function loadSentences(): Promise<Sentence[]> {
  const all: Sentence[] = [];
  let after: string | null = null;
  for (;;) {
    const data: {
      sentences: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: Array<{ node: Sentence }>;
      };
    } = await api.request(
      `query SourceSentences($after: String) { sentences(first: ${PAGE}, after: $after) {
          pageInfo { hasNextPage endCursor }
          edges { node { id offset length text kind sectionId fragments { offset length }
            citedBy { id kind type name from to quote offset } } } } }`,
      { after },
    );
    all.push(...data.sentences.edges.map((e) => e.node));
    if (!data.sentences.pageInfo.hasNextPage) return all;
    after = data.sentences.pageInfo.endCursor;
  }
}

function factKind(s: Sentence): Fact["kind"] | null {
  return KIND_ORDER.find((k) => s.citedBy.some((f) => f.kind === k)) ?? null;
}

function factLabel(f: Fact): string {
  return f.kind === "RELATIONSHIP" ? f.name : `${f.type} ${f.name}`;
}

/** The explorer, centred on an entity or event (a relationship: on its start). */
function explorerHref(f: Fact): string {
  const id = f.kind === "RELATIONSHIP" ? f.from! : f.id;
  return `/explorer?id=${encodeURIComponent(id)}`;
}

function renderPanel(s: Sentence): void {
  const panel = $("panel");
  panel.replaceChildren(
    el(
      "h2",
      {},
      s.citedBy.length
        ? `${s.citedBy.length} ${s.citedBy.length === 1 ? "fact cites" : "facts cite"} this sentence`
        : "No fact cites this sentence",
    ),
    el("p", { class: "quote" }, s.text),
    el(
      "p",
      { class: "muted" },
      `offset ${s.offset} · ${s.kind.toLowerCase().replace("_", " ")} · `,
      el("a", { href: `#offset-${s.offset}` }, "link"),
    ),
  );
  const list = el("ul", { class: "facts" });
  for (const f of s.citedBy) {
    list.append(
      el(
        "li",
        { class: `fact kind-${f.kind.toLowerCase()}`, "data-id": f.id },
        el("strong", {}, factLabel(f)),
        " ",
        el("span", { class: "muted" }, `(${f.kind.toLowerCase().replace("_", " ")}, ${f.id})`),
        el("blockquote", {}, f.quote),
        el("a", { href: explorerHref(f) }, "open in the explorer"),
      ),
    );
  }
  panel.append(list);
}

/** Scrolls to the sentence holding `offset` and marks it. */
function goTo(offset: number, spans: Map<string, HTMLElement[]>, sentences: Sentence[]): void {
  const s = sentences.find((x) =>
    x.fragments.some((f) => offset >= f.offset && offset < f.offset + f.length),
  );
  document.querySelectorAll(".s.target").forEach((n) => n.classList.remove("target"));
  if (!s) return;
  const nodes = spans.get(s.id) ?? [];
  nodes.forEach((n) => n.classList.add("target"));
  nodes[0]?.scrollIntoView({ block: "center" });
  renderPanel(s);
}

async function main(): Promise<void> {
  const status = $("status");
  status.textContent = "Loading the source ...";
  const [text, meta, parties, sentences] = await Promise.all([
    fetch("/export/source.txt").then((r) => r.text()),
    api.request<{
      document: { title: string; sections: Section[] };
      coverage: { sentences: number; cited: number; uncited: number };
    }>(`query SourcePage { document { title sections { id title parentId level offset length } }
        coverage { sentences cited uncited } }`),
    Promise.all(
      ["Company", "Person", "GovernmentBody"].map((kind) =>
        api.request<{
          entities: {
            edges: Array<{ node: { name: string; aliases: string[]; shortName?: string | null } }>;
          };
        }>(
          `query SourceParties { entities(kind: ${kind}, first: 100) { edges { node { name aliases ... on Company { shortName } } } } }`,
        ),
      ),
    ),
    loadSentences(),
  ]);
  $("doc-title").textContent = meta.document.title;
  // The parties of the graph, as the coverage test names them: companies, people and public bodies.
  const names = parties
    .flatMap((p) => p.entities.edges)
    .flatMap((e) => [e.node.name, e.node.shortName ?? "", ...e.node.aliases])
    .filter(Boolean);

  // Table of contents.
  const toc = $("toc");
  for (const s of meta.document.sections) {
    toc.append(
      el("li", { class: `level-${s.level}` }, el("a", { href: `#offset-${s.offset}` }, s.title)),
    );
  }

  // The text: every fragment of a sentence a span, the text between them as it is.
  const body = $("text");
  const spans = new Map<string, HTMLElement[]>();
  const pieces = sentences
    .flatMap((s) => s.fragments.map((f, i) => ({ s, f, first: i === 0 })))
    .sort((a, b) => a.f.offset - b.f.offset);
  const sectionStarts = new Map(meta.document.sections.map((s) => [s.offset, s]));
  let at = 0;
  for (const { s, f, first } of pieces) {
    if (f.offset > at) body.append(text.slice(at, f.offset));
    const section = first ? sectionStarts.get(s.offset) : undefined;
    if (section)
      body.append(
        el("span", {
          class: "section-mark",
          id: `section-${section.id}`,
          "data-title": section.title,
        }),
      );
    const kind = factKind(s);
    const span = el(
      "span",
      {
        class: `s${kind ? ` cited kind-${kind.toLowerCase()}` : " uncited"}${factualReasons(s, names).length ? " factual" : ""}`,
        "data-offset": String(s.offset),
        "data-sentence": s.id,
        title: s.citedBy.length
          ? s.citedBy.map(factLabel).join("\n")
          : "No fact cites this sentence",
        ...(first ? { id: `offset-${s.offset}` } : {}),
      },
      text.slice(f.offset, f.offset + f.length),
    );
    span.addEventListener("click", () => renderPanel(s));
    spans.set(s.id, [...(spans.get(s.id) ?? []), span]);
    body.append(span);
    at = f.offset + f.length;
  }
  if (at < text.length) body.append(text.slice(at));

  // Coverage view.
  const c = meta.coverage;
  $("coverage").textContent = `${c.cited} of ${c.sentences} sentences cited, ${c.uncited} not`;
  const dim = $<HTMLInputElement>("dim-uncited");
  const onlyFactual = $<HTMLInputElement>("uncited-factual");
  const applyView = () => {
    body.classList.toggle("dim-uncited", dim.checked);
    body.classList.toggle("only-uncited-factual", onlyFactual.checked);
  };
  dim.addEventListener("change", applyView);
  onlyFactual.addEventListener("change", applyView);

  // Search over the text.
  const box = $<HTMLInputElement>("search");
  const hits = $<HTMLUListElement>("hits");
  let timer: number | undefined;
  box.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(async () => {
      const q = box.value.trim();
      hits.replaceChildren();
      if (!/[\p{L}\p{N}]/u.test(q)) return;
      const data = await api.request<{ searchText: Array<{ sentence: Sentence }> }>(
        `query SourceSearch($text: String!) { searchText(text: $text, first: 8) { sentence { id offset text } } }`,
        { text: q },
      );
      for (const h of data.searchText) {
        hits.append(
          el(
            "li",
            {},
            el("a", { href: `#offset-${h.sentence.offset}` }, h.sentence.text.slice(0, 120)),
          ),
        );
      }
    }, 200);
  });

  const follow = () => {
    const m = /^#offset-(\d+)$/.exec(window.location.hash);
    if (m) goTo(Number(m[1]), spans, sentences);
  };
  window.addEventListener("hashchange", follow);
  follow();
  status.textContent = `${sentences.length} sentences, ${meta.document.sections.length} sections`;
  document.body.dataset.ready = "true";
}

main().catch((error: unknown) => {
  $("status").textContent = `Could not load the source: ${String(error)}`;
});
