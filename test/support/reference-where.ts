import { RelationshipType } from "../../src/model/vocabulary";
import { seedDir } from "../../src/seed/prepare";
import { readSeed } from "../../src/seed/seed-files";
import { seedRows } from "../../src/seed/seed-rows";

/*
 * A reference for `entities(where:)`: the seed files as a graph in memory (entities, events and the
 * relationships among them), and the filter's meaning written out
 * directly in TypeScript over it (no Cypher), as the schema's descriptions and the filter inputs state it:
 * two-valued logic, an absent value meets no operator but `isNull: true`, fields and operators of one input
 * all hold, `AND: []` holds and `OR: []` does not, `all` holds on an empty list, `single` is exactly one,
 * `count` counts every item, dates compare at the coarser of the two precisions, an absent flag is false.
 */

export type Where = Record<string, unknown>;
type Props = Readonly<Record<string, unknown>>;

export interface SeedNode {
  readonly id: string;
  readonly props: Props;
}

export interface SeedEdge {
  readonly id: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly props: Props;
}

export interface SeedGraph {
  /** Entities in id order. */
  readonly entities: readonly SeedNode[];
  /** Events in id order. */
  readonly events: readonly SeedNode[];
  /** Entities and events by id (an INVOLVES relationship starts at an event). */
  readonly byId: ReadonlyMap<string, SeedNode>;
  /** Every relationship the seed writes, INVOLVES (event to entity) included. */
  readonly edges: readonly SeedEdge[];
}

/** Neo4j keeps no null property: a null and a missing property are the same. */
const present = (props: Record<string, unknown>): Props =>
  Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));

let cached: SeedGraph | undefined;

/** The seed files as the database holds them after a load (read once). */
export function seedGraph(): SeedGraph {
  if (cached) return cached;
  const rows = seedRows(readSeed(seedDir()));
  const nodes = (xs: Array<{ id: string; props: Record<string, unknown> }>) =>
    xs
      .map((e) => ({ id: e.id, props: present(e.props) }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const entities = nodes(rows.entities);
  const events = nodes(rows.events);
  const edges: SeedEdge[] = rows.relationships.map((r) => ({
    id: r.id,
    type: r.type,
    from: r.from,
    to: r.to,
    props: present(r.props),
  }));
  // cypher/seed/merge-event-participants.cypher: (event)-[:INVOLVES {role, id}]->(entity).
  for (const event of rows.events) {
    for (const p of event.participants) {
      const id = `${event.id}--${p.role.toLowerCase()}--${p.entity}`;
      edges.push({
        id,
        type: "INVOLVES",
        from: event.id,
        to: p.entity,
        props: { id, role: p.role },
      });
    }
  }
  const byId = new Map([...entities, ...events].map((n) => [n.id, n]));
  cached = { entities, events, byId, edges };
  return cached;
}

/** The ids of the seed's entities, in id order. */
export const seedIds = (): string[] => seedGraph().entities.map((e) => e.id);

// ---------------------------------------------------------------------------------------------------------
// Scalar filters

type FilterKind = "string" | "float" | "int" | "date" | "id" | "boolean" | "enum";

const isAbsent = (x: unknown): boolean => x === null || x === undefined;

/** The stored date `x` against the given `p`, each cut to the other's length (the coarser precision), as text. */
function compareDates(x: string, p: string): number {
  const a = x.slice(0, p.length);
  const b = p.slice(0, x.length);
  return a < b ? -1 : a > b ? 1 : 0;
}

function expectType(x: unknown, type: "string" | "number" | "boolean", what: string): void {
  if (typeof x !== type) {
    throw new Error(`reference: ${what} holds ${JSON.stringify(x)}, not a ${type}`);
  }
}

/** Whether the value `x` (undefined when absent) meets every operator of `filter`. */
function scalarHolds(x: unknown, filter: Where, kind: FilterKind, what: string): boolean {
  const insensitive = kind === "string" && filter.caseInsensitive === true;
  const fold = (s: unknown): unknown =>
    insensitive && typeof s === "string" ? s.toLowerCase() : s;
  for (const [op, v] of Object.entries(filter)) {
    if (isAbsent(v) || op === "caseInsensitive") continue;
    if (op === "isNull") {
      if (isAbsent(x) !== v) return false;
      continue;
    }
    // An absent flag is false; a count is never absent; anything else absent meets no operator.
    const value = kind === "boolean" && isAbsent(x) ? false : x;
    if (isAbsent(value)) return false;
    if (kind === "string" || kind === "date" || kind === "id" || kind === "enum") {
      expectType(value, "string", what);
    } else if (kind === "boolean") expectType(value, "boolean", what);
    else expectType(value, "number", what);
    const mine = fold(value);
    let holds: boolean;
    if (kind === "date") {
      const c = compareDates(mine as string, v as string);
      holds =
        op === "eq"
          ? c === 0
          : op === "gt"
            ? c > 0
            : op === "gte"
              ? c >= 0
              : op === "lt"
                ? c < 0
                : op === "lte"
                  ? c <= 0
                  : unknownOperator(op, kind);
    } else {
      switch (op) {
        case "eq":
          holds = mine === fold(v);
          break;
        case "in":
          holds = (v as unknown[]).map(fold).includes(mine);
          break;
        case "gt":
          holds = (mine as number) > (v as number);
          break;
        case "gte":
          holds = (mine as number) >= (v as number);
          break;
        case "lt":
          holds = (mine as number) < (v as number);
          break;
        case "lte":
          holds = (mine as number) <= (v as number);
          break;
        case "contains":
          holds = (mine as string).includes(fold(v) as string);
          break;
        case "startsWith":
          holds = (mine as string).startsWith(fold(v) as string);
          break;
        case "endsWith":
          holds = (mine as string).endsWith(fold(v) as string);
          break;
        default:
          holds = unknownOperator(op, kind);
      }
    }
    if (!holds) return false;
  }
  return true;
}

function unknownOperator(op: string, kind: string): never {
  throw new Error(`reference: no operator ${op} on a ${kind} filter`);
}

// ---------------------------------------------------------------------------------------------------------
// What each filter input is about

/** An item of a relationship list: a relationship with its entities by field name, or an entity. */
type Item =
  | { readonly edge: SeedEdge; readonly ends: Readonly<Record<string, SeedNode | undefined>> }
  | { readonly node: SeedNode };

type InputName =
  | "EntityWhere"
  | "OwnershipWhere"
  | "CompetitionWhere"
  | "SupplyWhere"
  | "PositionWhere"
  | "RelationshipWhere"
  | "EventWhere"
  | "ParticipantWhere";

/** Per input: its scalar fields and their filter kind. */
const SCALARS: Readonly<Record<InputName, Readonly<Record<string, FilterKind>>>> = {
  EntityWhere: {
    id: "id",
    name: "string",
    kind: "enum",
    description: "string",
    shortName: "string",
    legalName: "string",
    country: "string",
    status: "enum",
    summary: "string",
    asOf: "date",
    fiscalYear: "string",
  },
  OwnershipWhere: {
    id: "id",
    percentage: "float",
    asOf: "date",
    since: "date",
    until: "date",
    consolidation: "enum",
    includesAffiliates: "boolean",
    former: "boolean",
  },
  CompetitionWhere: { id: "id", includesAffiliates: "boolean" },
  SupplyWhere: { id: "id", what: "string", costShare: "float", fiscalYear: "string" },
  PositionWhere: { id: "id", role: "string", since: "date", until: "date" },
  RelationshipWhere: {
    id: "id",
    type: "enum",
    since: "date",
    until: "date",
    asOf: "date",
    percentage: "float",
    costShare: "float",
    consolidation: "enum",
  },
  EventWhere: {
    id: "id",
    name: "string",
    kind: "enum",
    date: "date",
    stake: "float",
    amount: "float",
    description: "string",
  },
  ParticipantWhere: { role: "string" },
};

/** Per relationship input: its entity fields. */
export const ENDS: Readonly<Record<InputName, readonly string[]>> = {
  EntityWhere: [],
  OwnershipWhere: ["owner", "owned"],
  CompetitionWhere: ["competitor"],
  SupplyWhere: ["supplier", "customer"],
  PositionWhere: ["person", "organization"],
  RelationshipWhere: ["from", "to"],
  EventWhere: [],
  ParticipantWhere: ["entity"],
};

interface ListSpec {
  /** The relationship types read. */
  readonly types: readonly string[];
  /** Which way from the node whose list it is: OUT (it is the start), IN (the end), BOTH. */
  readonly direction: "OUT" | "IN" | "BOTH";
  /** The input an item is filtered with. */
  readonly input: InputName;
  /** How an item is made from the relationship and the node whose list it is. */
  readonly item: (edge: SeedEdge, self: SeedNode, far: SeedNode | undefined) => Item;
}

const start = (g: SeedGraph, e: SeedEdge) => g.byId.get(e.from);
const end = (g: SeedGraph, e: SeedEdge) => g.byId.get(e.to);

/** Per input: its lists that take quantifiers. */
function listSpecs(g: SeedGraph): Readonly<Record<InputName, Readonly<Record<string, ListSpec>>>> {
  const stored =
    (a: string, b: string) =>
    (edge: SeedEdge): Item => ({ edge, ends: { [a]: start(g, edge), [b]: end(g, edge) } });
  const farNode = (edge: SeedEdge, _self: SeedNode, far: SeedNode | undefined): Item => {
    if (!far) throw new Error(`reference: ${edge.id} leads to no node`);
    return { node: far };
  };
  const ownership = stored("owner", "owned");
  const supply = stored("supplier", "customer");
  const position = stored("person", "organization");
  const entityLists: Record<string, ListSpec> = {
    owners: { types: ["OWNS"], direction: "IN", input: "OwnershipWhere", item: ownership },
    holdings: { types: ["OWNS"], direction: "OUT", input: "OwnershipWhere", item: ownership },
    competitors: {
      types: ["COMPETES_WITH"],
      direction: "BOTH",
      input: "CompetitionWhere",
      item: (edge, _self, far) => ({ edge, ends: { competitor: far } }),
    },
    suppliers: { types: ["SUPPLIES"], direction: "IN", input: "SupplyWhere", item: supply },
    customers: { types: ["SUPPLIES"], direction: "OUT", input: "SupplyWhere", item: supply },
    officers: {
      types: ["HOLDS_POSITION"],
      direction: "IN",
      input: "PositionWhere",
      item: position,
    },
    positions: {
      types: ["HOLDS_POSITION"],
      direction: "OUT",
      input: "PositionWhere",
      item: position,
    },
    riskFactors: { types: ["CONCERNS"], direction: "IN", input: "EntityWhere", item: farNode },
    figures: { types: ["HAS_FIGURE"], direction: "OUT", input: "EntityWhere", item: farNode },
    relationships: {
      types: Object.values(RelationshipType),
      direction: "BOTH",
      input: "RelationshipWhere",
      item: stored("from", "to"),
    },
    // The events it takes part in: one item per INVOLVES (an entity in two roles counts twice).
    events: { types: ["INVOLVES"], direction: "IN", input: "EventWhere", item: farNode },
  };
  const eventLists: Record<string, ListSpec> = {
    participants: {
      types: ["INVOLVES"],
      direction: "OUT",
      input: "ParticipantWhere",
      item: (edge, _self, far) => ({ edge, ends: { entity: far } }),
    },
  };
  return {
    EntityWhere: entityLists,
    OwnershipWhere: {},
    CompetitionWhere: {},
    SupplyWhere: {},
    PositionWhere: {},
    RelationshipWhere: {},
    EventWhere: eventLists,
    ParticipantWhere: {},
  };
}

/** The items of list `spec` of node `self`: one per relationship (the seed holds no self-loop). */
function itemsOf(g: SeedGraph, spec: ListSpec, self: SeedNode): Item[] {
  const items: Item[] = [];
  for (const edge of g.edges) {
    if (!spec.types.includes(edge.type)) continue;
    const out = edge.from === self.id;
    const into = edge.to === self.id;
    if (out && into) throw new Error(`reference: self-loop ${edge.id} is not modelled`);
    const ok = spec.direction === "OUT" ? out : spec.direction === "IN" ? into : out || into;
    if (!ok) continue;
    const far = g.byId.get(out ? edge.to : edge.from);
    items.push(spec.item(edge, self, far));
  }
  return items;
}

// ---------------------------------------------------------------------------------------------------------
// The evaluator

class Reference {
  private readonly lists: Readonly<Record<InputName, Readonly<Record<string, ListSpec>>>>;
  private readonly itemCache = new Map<string, Item[]>();

  constructor(private readonly g: SeedGraph) {
    this.lists = listSpecs(g);
  }

  private items(input: InputName, list: string, self: SeedNode): Item[] {
    const key = `${input}.${list}\u0000${self.id}`;
    let items = this.itemCache.get(key);
    if (!items) {
      items = itemsOf(this.g, this.lists[input][list]!, self);
      this.itemCache.set(key, items);
    }
    return items;
  }

  /** Whether `subject` (an entity or event, or a relationship item) meets `where` of input `input`. */
  holds(where: Where, input: InputName, subject: Item): boolean {
    for (const [key, v] of Object.entries(where)) {
      if (isAbsent(v)) continue;
      if (key === "AND") {
        if (!(v as Where[]).every((w) => this.holds(w, input, subject))) return false;
      } else if (key === "OR") {
        if (!(v as Where[]).some((w) => this.holds(w, input, subject))) return false;
      } else if (key === "NOT") {
        if (this.holds(v as Where, input, subject)) return false;
      } else if (key in SCALARS[input]) {
        const kind = SCALARS[input][key]!;
        const x =
          "node" in subject
            ? subject.node.props[key]
            : input === "RelationshipWhere" && key === "type"
              ? subject.edge.type
              : subject.edge.props[key];
        if (!scalarHolds(x, v as Where, kind, `${input}.${key}`)) return false;
      } else if (ENDS[input].includes(key)) {
        if ("node" in subject) throw new Error(`reference: ${key} on a node`);
        const node = subject.ends[key];
        if (!node) throw new Error(`reference: ${subject.edge.id} has no node ${key}`);
        // An entity filter, whatever the node is (a relationship of any type may start at an event).
        if (!this.holds(v as Where, "EntityWhere", { node })) return false;
      } else if (key in this.lists[input]) {
        if (!("node" in subject)) throw new Error(`reference: list ${key} on a relationship`);
        if (!this.quantified(input, key, subject.node, v as Where)) return false;
      } else {
        throw new Error(`reference: ${input} has no field ${key}`);
      }
    }
    return true;
  }

  private quantified(input: InputName, list: string, self: SeedNode, value: Where): boolean {
    const spec = this.lists[input][list]!;
    const items = this.items(input, list, self);
    const meets = (w: unknown) => items.filter((item) => this.holds(w as Where, spec.input, item));
    for (const [q, v] of Object.entries(value)) {
      if (isAbsent(v)) continue;
      const ok =
        q === "some"
          ? meets(v).length > 0
          : q === "none"
            ? meets(v).length === 0
            : q === "all"
              ? meets(v).length === items.length
              : q === "single"
                ? meets(v).length === 1
                : q === "count"
                  ? scalarHolds(items.length, v as Where, "int", `${list}.count`)
                  : unknownOperator(q, "list");
      if (!ok) return false;
    }
    return true;
  }
}

/**
 * The ids of the seed entities that `where` keeps (all of them for a null filter), in ascending id order: the
 * seed's ids are ASCII, where JavaScript's string order and Cypher's agree.
 */
export function referenceEntities(where: Where | null | undefined): string[] {
  const g = seedGraph();
  const reference = new Reference(g);
  return g.entities
    .filter((node) => !where || reference.holds(where, "EntityWhere", { node }))
    .map((e) => e.id);
}
