import type { Citation, Money } from "./explorer-api";
import { sourceHref } from "../../source/selector.rules";

/** Small DOM builder: el("div", {class: "x"}, "text", child). */
export function el(
  tag: string,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string | null>
): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export function formatMoney(m: Money): string {
  if (m.amount === null) return `${m.currency} (figure not legible in the source)`;
  const yen = `${m.currency === "JPY" ? "¥" : `${m.currency} `}${number.format(m.amount)}`;
  if (m.usd === null || m.currency === "USD") return yen;
  const rate = m.rate
    ? ` at ¥${m.rate.yenPerUsd}/US$ (${m.rate.kind.toLowerCase()}${m.rate.period ? ` ${m.rate.period}` : ""})`
    : "";
  return `${yen} ≈ US$${number.format(m.usd)}${rate}`;
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (Array.isArray(value)) return value.map(valueText).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * One citation: the section as the summary; opening it shows the quote, highlighted, and its offset, which
 * links to the sentence on the /source page (a citation of the 20-F; an editor's has offset -1).
 */
export function citationView(c: Citation): HTMLElement {
  return el(
    "details",
    { class: "citation" },
    el("summary", {}, c.section),
    el("blockquote", {}, el("mark", {}, c.quote)),
    el(
      "div",
      { class: "offset" },
      `character ${c.offset} of the 20-F excerpt`,
      ...(c.offset >= 0
        ? [" · ", el("a", { href: sourceHref(c.offset) }, "read it in the source")]
        : []),
    ),
  );
}

export interface PanelContent {
  title: string;
  subtitle: string;
  properties: Record<string, unknown>;
  citations: Citation[];
  amount?: Money | null;
}

export function renderPanel(panel: HTMLElement, c: PanelContent): void {
  const rows = Object.entries(c.properties)
    .filter(([k]) => k !== "citations" && !(k === "amount" && c.amount))
    .map(([k, v]) => el("tr", {}, el("th", {}, k), el("td", {}, valueText(v))));
  const parts: Array<Node | null> = [
    el("h2", {}, c.title),
    el("div", { class: "subtitle" }, c.subtitle),
    c.amount
      ? el("div", { class: "amount", "data-testid": "amount" }, formatMoney(c.amount))
      : null,
    el("table", { class: "props" }, ...rows),
    el("h3", {}, `Citations (${c.citations.length})`),
    ...(c.citations.length
      ? c.citations.map(citationView)
      : [el("p", { class: "muted" }, "Cited through its event.")]),
  ];
  panel.replaceChildren(...parts.filter((p): p is Node => p !== null));
}
