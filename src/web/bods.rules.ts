import { createHash } from "node:crypto";
import type { GraphEdgeRecord, GraphNodeRecord } from "../domain/graph.rules";
import type { LinkedCitation } from "../domain/graph.rules";
import type { ExportGraph } from "./cytoscape.rules";

/**
 * The graph as Beneficial Ownership Data Standard 0.4 statements (schema/statement.json of
 * openownership/data-standard): entity and person records for the parties, relationship records
 * for stakes, the nomination right and officers. Only what the graph states is written; a figure
 * or date the text omits is left out, never filled in.
 */

export type BodsStatement = Record<string, unknown> & {
  statementId: string;
  recordId: string;
  recordType: "entity" | "person" | "relationship";
  recordDetails: Record<string, unknown>;
};

export interface BodsOptions {
  /** The day of the export (YYYY-MM-DD): publicationDetails.publicationDate. */
  publicationDate: string;
  /** recordId of the network's subject; the report's filer (`iij`) for the whole graph. */
  declarationSubject?: string;
}

type Props = Record<string, unknown>;

/** Edge types that say who owns, controls or runs an entity; the rest are not BODS interests. */
export const OWNERSHIP_EDGE_TYPES: ReadonlySet<string> = new Set([
  "OWNS",
  "CAN_APPOINT",
  "NOMINATED",
  "HOLDS_POSITION",
]);

export const REPORT_FILER = "iij";
/**
 * The date the report speaks as of ("March 31, 2007, the date of our most recent consolidated
 * balance sheet"): the statementDate of a fact the text states without a date of its own.
 */
export const REPORT_AS_OF = "2007-03-31";
const REPORT_TITLE =
  "Internet Initiative Japan Inc., annual report on Form 20-F for the fiscal year ended March 31, 2007";
const SOURCE_FILE = "seed/source/iij-form-20f-fy2007-excerpt.txt";
const PUBLISHER = { name: "IIJ knowledge graph" };
/** RFC 4122 namespace for the statement ids (a v5 UUID of `<recordType>:<item id>`). */
const ID_NAMESPACE = "6f1c0e52-3b0e-5d1a-9a57-0b8c2a0e1f18";
/** The stake held by "NTT and its affiliates" is the group's, not one company's. */
const GROUP_SUFFIX = "-and-affiliates";

/** A stable 36-character statement id (BODS asks for 32-64): the v5 UUID of the item's id. */
export function statementIdFor(recordType: string, itemId: string): string {
  const ns = Buffer.from(ID_NAMESPACE.replace(/-/g, ""), "hex");
  const hash = createHash("sha1").update(ns).update(`${recordType}:${itemId}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A BODS full date from the graph's date, which keeps the source's precision. */
export function bodsDate(value: unknown): { date: string; rounded: boolean } | undefined {
  if (typeof value !== "string") return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { date: value, rounded: false };
  // BODS: "Where a precise month or date are unknown, the value may be rounded to the first day".
  if (/^\d{4}-\d{2}$/.test(value)) return { date: `${value}-01`, rounded: true };
  if (/^\d{4}$/.test(value)) return { date: `${value}-01-01`, rounded: true };
  return undefined;
}

/** The BODS interests an officer's role stated in the text amounts to. */
export function officerInterests(role: string): string[] {
  const text = role.toLowerCase();
  const out: string[] = [];
  if (/president|chief|officer|executive/.test(text)) out.push("seniorManagingOfficial");
  if (/director/.test(text)) out.push("boardMember");
  return out.length > 0 ? out : ["otherInfluenceOrControl"];
}

/**
 * The connected part of the graph around `id` through ownership, control and officer edges, with
 * the events that involve its members (FtM exports them; BODS has no place for them and skips them).
 */
export function ownershipNetwork(graph: ExportGraph, id: string): ExportGraph {
  const edges = graph.edges.filter((e) => OWNERSHIP_EDGE_TYPES.has(e.type));
  const seen = new Set([id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const e of edges) {
      if (seen.has(e.source) !== seen.has(e.target)) {
        seen.add(e.source);
        seen.add(e.target);
        grew = true;
      }
    }
  }
  const involves = graph.edges.filter((e) => e.type === "INVOLVES" && seen.has(e.target));
  const events = new Set(involves.map((e) => e.source));
  return {
    nodes: graph.nodes.filter((n) => seen.has(n.id) || (n.isEvent && events.has(n.id))),
    edges: [...edges.filter((e) => seen.has(e.source) && seen.has(e.target)), ...involves],
    truncated: graph.truncated,
  };
}

/** Every statement for the graph's entities, people and ownership edges, parties first. */
export function toBods(graph: ExportGraph, options: BodsOptions): BodsStatement[] {
  const subject = options.declarationSubject ?? REPORT_FILER;
  const common = {
    declarationSubject: subject,
    publicationDetails: {
      publicationDate: options.publicationDate,
      bodsVersion: "0.4",
      publisher: PUBLISHER,
    },
  };
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const parties = graph.nodes.filter((n) => !n.isEvent && partyKind(n.kind) !== undefined);
  const statements: BodsStatement[] = parties.map((n) => partyStatement(n, common));
  const groups = new Map<string, BodsStatement>();
  const servedBy = new Map<string, string>();
  for (const e of graph.edges) if (e.type === "HOLDS_POSITION") servedBy.set(e.source, e.target);
  for (const edge of graph.edges) {
    if (!OWNERSHIP_EDGE_TYPES.has(edge.type)) continue;
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    if (!from || !to || partyKind(from.kind) === undefined) continue;
    // BODS: a relationship's subject is an entity; a nominee (a person) is reached through the company served.
    if (edge.type !== "NOMINATED" && partyKind(to.kind) !== "entity") continue;
    let interestedParty = from.id;
    if (edge.properties.includesAffiliates === true) {
      interestedParty = `${from.id}${GROUP_SUFFIX}`;
      if (!groups.has(interestedParty)) groups.set(interestedParty, groupStatement(from, common));
    }
    const rel = relationshipStatement(edge, interestedParty, to, servedBy.get(to.id), common);
    if (rel) statements.push(rel);
  }
  // Parties before the relationships that name them, as BODS readers expect.
  return [...statements.filter((s) => s.recordType !== "relationship"), ...groups.values()].concat(
    statements.filter((s) => s.recordType === "relationship"),
  );
}

function partyKind(kind: string): "entity" | "person" | undefined {
  if (kind === "Company" || kind === "GovernmentBody") return "entity";
  if (kind === "Person") return "person";
  return undefined;
}

function partyStatement(node: GraphNodeRecord, common: Props): BodsStatement {
  const p = node.properties;
  const citations = citationsIn(p);
  const kind = partyKind(node.kind)!;
  const base = {
    statementId: statementIdFor(kind, node.id),
    ...common,
    statementDate: REPORT_AS_OF,
    recordId: node.id,
    recordType: kind,
    recordStatus: "new",
    source: sourceOf(citations),
    annotations: [...citations.map(citationAnnotation), statementDateNote()],
  };
  if (kind === "person") {
    return {
      ...base,
      recordType: "person",
      recordDetails: {
        isComponent: false,
        personType: "knownPerson",
        names: [{ type: "legal", fullName: String(p.name ?? node.label) }],
      },
    };
  }
  const alternateNames = [
    ...new Set([p.shortName, ...((p.aliases as unknown[]) ?? [])].filter(isText)),
  ].filter((a) => a !== p.name);
  const details: Props = {
    isComponent: false,
    entityType:
      node.kind === "GovernmentBody"
        ? { type: "stateBody", details: "A public body named in the report" }
        : { type: "registeredEntity" },
    name: String(p.name ?? node.label),
  };
  if (alternateNames.length > 0) details.alternateNames = alternateNames;
  const jurisdiction = jurisdictionOf(p.country);
  if (jurisdiction) details.jurisdiction = jurisdiction;
  return { ...base, recordType: "entity", recordDetails: details };
}

/**
 * "NTT and its affiliates": the holder is the group, not NTT alone, so it gets a record of its
 * own (an arrangement through which the group's companies hold the stake together).
 */
function groupStatement(member: GraphNodeRecord, common: Props): BodsStatement {
  const shortName = isText(member.properties.shortName)
    ? member.properties.shortName
    : member.label;
  const recordId = `${member.id}${GROUP_SUFFIX}`;
  return {
    statementId: statementIdFor("entity", recordId),
    ...common,
    statementDate: REPORT_AS_OF,
    recordId,
    recordType: "entity",
    recordStatus: "new",
    source: sourceOf([]),
    annotations: [
      {
        statementPointerTarget: "",
        motivation: "commenting",
        description:
          `The report states holdings of "${shortName} and its affiliates" (the ${shortName} Group) together ` +
          `and does not split them among its members; ${member.label} (record ${member.id}) is one of them.`,
        createdBy: PUBLISHER,
      },
      statementDateNote(),
    ],
    recordDetails: {
      isComponent: false,
      entityType: {
        type: "arrangement",
        subtype: "other",
        details: `A group of companies: ${shortName} and its affiliates (the ${shortName} Group)`,
      },
      name: `${shortName} and its affiliates`,
      alternateNames: [`${shortName} Group`],
    },
  };
}

function relationshipStatement(
  edge: GraphEdgeRecord,
  interestedParty: string,
  to: GraphNodeRecord,
  served: string | undefined,
  common: Props,
): BodsStatement | undefined {
  const p = edge.properties;
  const citations = citationsIn(p);
  const annotations: Props[] = citations.map(citationAnnotation);
  const start = bodsDate(p.since);
  const end = bodsDate(p.until);
  const notes = [isText(p.note) ? p.note : undefined];
  let subject = to.id;
  let types: string[];
  let share: Props | undefined;
  switch (edge.type) {
    case "OWNS":
      types = ["shareholding"];
      if (typeof p.percentage === "number") share = { exact: p.percentage };
      break;
    case "CAN_APPOINT": {
      // BODS's appointmentOfBoard is "the absolute right to appoint"; a right to nominate, which the
      // shareholders must approve, is a right granted by a contract (the subscription agreement).
      const nominates = p.right === "NOMINATE";
      types = [
        nominates
          ? "rightsGrantedByContract"
          : isText(p.condition)
            ? "conditionalRightsGrantedByContract"
            : "appointmentOfBoard",
      ];
      const condition = isText(p.condition) ? `, ${p.condition}` : "";
      notes.unshift(
        `May ${nominates ? "nominate" : "appoint"} up to ${String(p.seats ?? "an unstated number of")} persons as ${listOf(p.bodies)}${condition}`,
      );
      break;
    }
    case "HOLDS_POSITION":
      if (!isText(p.role)) return undefined;
      types = officerInterests(p.role);
      notes.unshift(`Role: ${p.role}`);
      break;
    case "NOMINATED": {
      // The nominee is a person and a BODS subject must be an entity: the record is the nominator's
      // influence over the company the nominee serves (found through the nominee's position).
      // Not `nominator`: BODS means one who instructs a nominee, which the text does not say.
      if (served === undefined) return undefined;
      subject = served;
      types = ["otherInfluenceOrControl"];
      notes.unshift(`Nominated ${to.label} as a director`);
      break;
    }
    default:
      return undefined;
  }
  const interests = types.map((type, i) => {
    const interest: Props = { type };
    if (notes.some(isText)) interest.details = notes.filter(isText).join(". ");
    if (share) interest.share = share;
    if (start) {
      interest.startDate = start.date;
      if (start.rounded)
        annotations.push(roundedNote(`/recordDetails/interests/${i}/startDate`, p.since));
    }
    if (end) {
      interest.endDate = end.date;
      if (end.rounded)
        annotations.push(roundedNote(`/recordDetails/interests/${i}/endDate`, p.until));
    }
    return interest;
  });
  const asOf = bodsDate(p.asOf);
  const statementDate = asOf?.date ?? REPORT_AS_OF;
  annotations.push(
    asOf?.rounded
      ? roundedNote("/statementDate", p.asOf)
      : asOf
        ? {
            statementPointerTarget: "/statementDate",
            motivation: "commenting",
            description: "The date the report states this as of.",
            createdBy: PUBLISHER,
          }
        : statementDateNote(),
  );
  const closed = end !== undefined || p.former === true;
  return {
    statementId: statementIdFor("relationship", edge.id),
    ...common,
    statementDate,
    recordId: edge.id,
    recordType: "relationship",
    recordStatus: closed ? "closed" : "new",
    source: sourceOf(citations),
    annotations,
    recordDetails: { isComponent: false, subject, interestedParty, interests },
  };
}

function sourceOf(citations: readonly LinkedCitation[]): Props {
  const sections = [...new Set(citations.map((c) => c.section).filter(isText))];
  return {
    type: ["selfDeclaration"],
    description: sections.length > 0 ? `${REPORT_TITLE} (${sections.join("; ")})` : REPORT_TITLE,
    assertedBy: [{ name: "Internet Initiative Japan Inc." }],
  };
}

/** A citation as an annotation: the verbatim quote, and where it sits in the source text. */
function citationAnnotation(c: LinkedCitation): Props {
  return {
    statementPointerTarget: "",
    motivation: "commenting",
    description: `${c.section}: "${c.quote}" (character offset ${c.offset} of ${SOURCE_FILE})`,
    createdBy: PUBLISHER,
    // Its place on the source page (absolute in a downloaded export), or its other source.
    ...(c.link && /^https?:\/\//.test(c.link) ? { url: c.link } : {}),
    quote: c.quote,
    offset: c.offset,
    section: c.section,
  };
}

function statementDateNote(): Props {
  return {
    statementPointerTarget: "/statementDate",
    motivation: "commenting",
    description:
      "The text gives no date for this fact; the statement date is March 31, 2007, the date the report speaks as of.",
    createdBy: PUBLISHER,
  };
}

function roundedNote(pointer: string, original: unknown): Props {
  return {
    statementPointerTarget: pointer,
    motivation: "transformation",
    description: `The report gives only "${String(original)}"; rounded to the first day as BODS asks.`,
    transformedContent: bodsDate(original)?.date ?? "",
    createdBy: PUBLISHER,
  };
}

const COUNTRIES: Record<string, string> = { JP: "Japan", US: "United States" };

function jurisdictionOf(country: unknown): Props | undefined {
  if (!isText(country)) return undefined;
  return { name: COUNTRIES[country] ?? country, code: country };
}

function citationsIn(props: Props): LinkedCitation[] {
  return Array.isArray(props.citations) ? (props.citations as LinkedCitation[]) : [];
}

function listOf(value: unknown): string {
  const items = Array.isArray(value) ? value.filter(isText) : [];
  return items.length > 0 ? items.join(" or ") : "board members";
}

function isText(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}
