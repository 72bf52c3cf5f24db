/**
 * The explorer's Query section: stakes of at least N % (drawn, other stakes hidden), the largest holders
 * (click one to select it) and the number of competition relationships per segment. Every figure comes
 * from the GraphQL API (explorer-query-api.tsx); the drawing is the explorer's (the hooks).
 */
import type { GraphqlClient } from "./explorer-api";
import { el } from "./explorer-panel";
import {
  competitionPerSegment,
  largestHolders,
  stakesAtLeast,
  type Holder,
  type SegmentCount,
  type StakeAnswer,
} from "./explorer-query-api";

export interface StakeFilter {
  min: number;
  answer: StakeAnswer;
}

export interface QueryHooks {
  api: GraphqlClient;
  /** The as-of date the drawing uses, or null for all dates. */
  asOf: () => string | null;
  /** Draws the stakes a filter keeps and hides the other OWNS relationships; null lifts the filter. */
  showStakes: (filter: StakeFilter | null) => Promise<void>;
  /** Selects an entity in the graph (drawing its neighborhood when it is not drawn yet). */
  focus: (id: string) => void;
}

export interface QuerySection {
  /** Asks again for the stakes of the filter in force (after the as-of date changed); nothing when off. */
  reapply(): Promise<void>;
}

/** A minimum stake as typed: a number from 0 to 100, or the message that says what is wrong. */
export function parseMinimumStake(text: string): { value: number } | { error: string } {
  const typed = text.trim();
  if (typed === "") return { error: "Enter a percentage from 0 to 100." };
  const value = Number(typed);
  if (!Number.isFinite(value) || value < 0 || value > 100)
    return { error: `${typed} is not a percentage from 0 to 100.` };
  return { value };
}

const percent = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function mountQuerySection(container: HTMLElement, hooks: QueryHooks): QuerySection {
  const input = el("input", {
    id: "min-stake",
    type: "number",
    min: "0",
    max: "100",
    step: "any",
    value: "50",
    "aria-label": "minimum stake in percent",
  }) as HTMLInputElement;
  const result = el("div", { id: "stake-result", role: "status" });
  const clear = el("button", { id: "stake-clear", type: "button" }, "Clear");
  const form = el(
    "form",
    { id: "stake-filter", novalidate: "" },
    el("label", {}, "stakes of at least ", input, " %"),
    el("div", { class: "query-buttons" }, el("button", { type: "submit" }, "Apply"), clear),
    result,
  ) as HTMLFormElement;
  const holders = el("ol", { id: "holders" }, el("li", { class: "muted" }, "Loading…"));
  const segments = el("tbody", {}, el("tr", {}, el("td", { class: "muted" }, "Loading…")));
  container.replaceChildren(
    el("strong", {}, "Query"),
    form,
    el("h4", {}, "Largest holders (sum of their stakes)"),
    holders,
    el("h4", {}, "Competition per segment"),
    el(
      "table",
      { id: "segment-counts" },
      el("thead", {}, el("tr", {}, el("th", {}, "segment"), el("th", {}, "count"))),
      segments,
    ),
  );

  let inForce: number | null = null;
  let asked = 0;
  const tell = (text: string, isError = false) => {
    result.textContent = text;
    result.className = isError ? "error" : "";
  };

  async function apply(min: number): Promise<void> {
    const ask = ++asked;
    tell(`Asking for stakes of at least ${percent.format(min)} %…`);
    try {
      const answer = await stakesAtLeast(hooks.api, min, hooks.asOf());
      if (ask !== asked) return;
      inForce = min;
      await hooks.showStakes({ min, answer });
      result.dataset.count = String(answer.count);
      tell(
        `${plural(answer.count, "stake", "stakes")} of at least ${percent.format(min)} %${
          hooks.asOf() ? ` valid on ${hooks.asOf()}` : ""
        }: drawn, the other stakes hidden.`,
      );
    } catch (error) {
      if (ask === asked) tell(String((error as Error).message), true);
    }
  }

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const parsed = parseMinimumStake(input.value);
    if ("error" in parsed) return tell(parsed.error, true);
    void apply(parsed.value);
  });
  clear.addEventListener("click", () => {
    asked++;
    inForce = null;
    delete result.dataset.count;
    tell("");
    void hooks.showStakes(null);
  });

  void largestHolders(hooks.api).then(
    (list) => holders.replaceChildren(...holderItems(list, hooks.focus)),
    (error: Error) => holders.replaceChildren(el("li", { class: "error" }, error.message)),
  );
  void competitionPerSegment(hooks.api).then(
    (rows) => segments.replaceChildren(...segmentRows(rows)),
    (error: Error) =>
      segments.replaceChildren(el("tr", {}, el("td", { class: "error" }, error.message))),
  );

  return { reapply: async () => (inForce === null ? undefined : apply(inForce)) };
}

function holderItems(list: Holder[], focus: (id: string) => void): HTMLElement[] {
  if (!list.length) return [el("li", { class: "muted" }, "No entity holds a stake.")];
  return list.map((h) => {
    const item = el(
      "li",
      { "data-id": h.id, tabindex: "0", title: `${h.name} (${h.kind}): select it in the graph` },
      el("span", { class: "holder-name" }, h.name),
      el(
        "span",
        { class: "holder-figure" },
        `${plural(h.holdings, "stake", "stakes")} · ${
          h.percentageGiven ? `${percent.format(h.percentageSum)} %` : "no percentage given"
        }`,
      ),
    );
    item.addEventListener("click", () => focus(h.id));
    item.addEventListener("keydown", (ev) => ev.key === "Enter" && focus(h.id));
    return item;
  });
}

function segmentRows(rows: SegmentCount[]): HTMLElement[] {
  if (!rows.length) return [el("tr", {}, el("td", { class: "muted" }, "No competition recorded."))];
  return rows.map((r) =>
    el(
      "tr",
      { "data-segment": r.segment ?? "" },
      el("td", {}, ...breakable(r.segment ?? "(none named)")),
      el("td", {}, String(r.count)),
    ),
  );
}

/** A segment's name with a line-break opportunity after each underscore (its text unchanged). */
function breakable(name: string): Array<Node | string> {
  return name.split("_").flatMap((part, i) => (i === 0 ? [part] : ["_", el("wbr"), part]));
}
