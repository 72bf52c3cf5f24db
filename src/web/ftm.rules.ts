import type { GraphEdgeRecord, GraphNodeRecord } from "../domain/graph.rules";
import type { LinkedCitation } from "../domain/graph.rules";
import type { ExportGraph } from "./cytoscape.rules";

/**
 * The graph as FollowTheMoney entities (the model of the `followthemoney` package): Company,
 * PublicBody and Person for the parties; Ownership, Directorship, Control, Membership, UnknownLink
 * and Succession for the links; Event for the graph's events. Every value is a list of strings, as
 * FtM stores them; what the text does not state is left out.
 */

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

type Props = Record<string, unknown>;

/** The report itself: every entity's `proof`. */
export const REPORT_DOCUMENT_ID = "iij-form-20f-fy2007";
const PUBLISHER = "IIJ knowledge graph";
const SOURCE_FILE = "seed/source/iij-form-20f-fy2007-excerpt.txt";
/** The holder of "NTT and its affiliates"' stake is the group, not NTT alone. */
const GROUP_SUFFIX = "-and-affiliates";

const PARTY_SCHEMA: Record<string, string> = {
  Company: "Company",
  GovernmentBody: "PublicBody",
  Person: "Person",
};

/** One entity a line: the report document first, then parties, groups, links and events. */
export function toFtm(graph: ExportGraph): FtmEntity[] {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const parties = graph.nodes.filter((n) => !n.isEvent && PARTY_SCHEMA[n.kind] !== undefined);
  const out: FtmEntity[] = [reportDocument(), ...parties.map(partyEntity)];
  const partyIds = new Set(parties.map((n) => n.id));
  const groups = new Map<string, FtmEntity[]>();
  const links: FtmEntity[] = [];
  for (const edge of graph.edges) {
    if (!partyIds.has(edge.source) || !partyIds.has(edge.target)) continue;
    let holder = edge.source;
    if (edge.properties.includesAffiliates === true) {
      holder = `${edge.source}${GROUP_SUFFIX}`;
      if (!groups.has(holder)) groups.set(holder, groupEntities(nodes.get(edge.source)!, edge));
    }
    const link = linkEntity(edge, holder, nodes.get(edge.target)!);
    if (link) links.push(link);
  }
  const events = graph.nodes
    .filter((n) => n.isEvent)
    .map((n) => eventEntity(n, graph.edges, partyIds));
  return [...out, ...[...groups.values()].flat(), ...links, ...events];
}

/** Line-delimited JSON, as `ftm` reads and writes it. */
export function toFtmLines(entities: readonly FtmEntity[]): string {
  return entities.map((e) => `${JSON.stringify(e)}\n`).join("");
}

function reportDocument(): FtmEntity {
  return {
    id: REPORT_DOCUMENT_ID,
    schema: "Document",
    properties: {
      title: [
        "Internet Initiative Japan Inc., annual report on Form 20-F for the fiscal year ended March 31, 2007",
      ],
      fileName: [SOURCE_FILE.split("/").pop()!],
      mimeType: ["text/plain"],
      author: ["Internet Initiative Japan Inc."],
      publisher: [PUBLISHER],
    },
  };
}

function partyEntity(node: GraphNodeRecord): FtmEntity {
  const p = node.properties;
  const props: Record<string, string[]> = { name: [String(p.name ?? node.label)] };
  const aliases = [
    ...new Set([p.shortName, ...((p.aliases as unknown[]) ?? [])].filter(isText)),
  ].filter((a) => a !== p.name);
  if (aliases.length > 0) props.alias = aliases;
  if (isText(p.country)) props.country = [p.country.toLowerCase()];
  if (node.kind !== "Person" && isText(p.country)) props.jurisdiction = [p.country.toLowerCase()];
  if (node.kind === "Company" && isText(p.status)) props.status = [p.status];
  if (isText(p.description)) props.summary = [p.description];
  return { id: node.id, schema: PARTY_SCHEMA[node.kind]!, properties: { ...props, ...cited(p) } };
}

/**
 * "NTT and its affiliates": an Organization for the group, and NTT's Membership of it (the group
 * is NTT's by its very name; which other companies belong to it the text does not list).
 */
function groupEntities(member: GraphNodeRecord, edge: GraphEdgeRecord): FtmEntity[] {
  const short = isText(member.properties.shortName) ? member.properties.shortName : member.label;
  const id = `${member.id}${GROUP_SUFFIX}`;
  const provenance = cited(edge.properties);
  return [
    {
      id,
      schema: "Organization",
      properties: {
        name: [`${short} and its affiliates`],
        alias: [`${short} Group`],
        summary: [
          `The report states holdings of "${short} and its affiliates" (the ${short} Group) together and does not split them among its members.`,
        ],
        ...provenance,
      },
    },
    {
      id: `${member.id}--member-of--${id}`,
      schema: "Membership",
      properties: { member: [member.id], organization: [id], ...provenance },
    },
  ];
}

function linkEntity(
  edge: GraphEdgeRecord,
  holder: string,
  target: GraphNodeRecord,
): FtmEntity | undefined {
  const p = edge.properties;
  const props: Record<string, string[]> = {};
  if (isText(p.since)) props.startDate = [p.since];
  if (isText(p.until)) props.endDate = [p.until];
  if (isText(p.note)) props.summary = [p.note];
  let schema: string;
  switch (edge.type) {
    case "OWNS":
      // Ownership.asset ranges over Asset: a Company is one, a PublicBody or a Person is not.
      if (target.kind !== "Company") return undefined;
      schema = "Ownership";
      props.owner = [holder];
      props.asset = [target.id];
      if (typeof p.percentage === "number") props.percentage = [String(p.percentage)];
      if (isText(p.asOf)) props.date = [p.asOf];
      if (isText(p.consolidation)) props.ownershipType = [p.consolidation.toLowerCase()];
      if (p.former === true) props.status = ["former"];
      break;
    case "HOLDS_POSITION":
      // Directorship.organization ranges over Organization, which a Person is not.
      if (target.kind === "Person") return undefined;
      schema = "Directorship";
      props.director = [holder];
      props.organization = [target.id];
      if (isText(p.role)) props.role = [p.role];
      if (isText(p.asOf)) props.date = [p.asOf];
      break;
    case "CAN_APPOINT":
      schema = "Control";
      props.controller = [holder];
      props.controlled = [target.id];
      props.controlType = ["appointment of board"];
      props.role = [
        `may nominate up to ${String(p.seats ?? "an unstated number of")} persons as ${listOf(p.bodies)}`,
      ];
      break;
    case "NOMINATED":
      // FtM has no nomination link; UnknownLink with the role keeps what the text says and no more.
      schema = "UnknownLink";
      props.subject = [holder];
      props.object = [target.id];
      props.role = ["nominated as a director"];
      break;
    case "MERGED_INTO":
      schema = "Succession";
      props.predecessor = [holder];
      props.successor = [target.id];
      if (isText(p.date)) props.date = [p.date];
      break;
    default:
      return undefined;
  }
  return { id: edge.id, schema, properties: { ...props, ...cited(p) } };
}

function eventEntity(
  node: GraphNodeRecord,
  edges: readonly GraphEdgeRecord[],
  parties: ReadonlySet<string>,
): FtmEntity {
  const p = node.properties;
  const props: Record<string, string[]> = { name: [node.label] };
  if (isText(p.date)) props.date = [p.date];
  if (isText(p.description)) props.summary = [p.description];
  const involved = edges
    .filter((e) => e.type === "INVOLVES" && e.source === node.id && parties.has(e.target))
    .map((e) => e.target);
  if (involved.length > 0) props.involved = [...new Set(involved)];
  props.keywords = [node.kind];
  return { id: node.id, schema: "Event", properties: { ...props, ...cited(p) } };
}

/** Provenance: the report as proof, each cited sentence (quote and offset) in `description`, its link in `sourceUrl`. */
function cited(props: Props): Record<string, string[]> {
  const citations = Array.isArray(props.citations) ? (props.citations as LinkedCitation[]) : [];
  const out: Record<string, string[]> = {
    proof: [REPORT_DOCUMENT_ID],
    publisher: [PUBLISHER],
  };
  if (citations.length > 0)
    out.description = citations.map(
      (c) => `${c.section}: "${c.quote}" (character offset ${c.offset} of ${SOURCE_FILE})`,
    );
  // Each citation's place on the source page (absolute in a downloaded export), or its other source.
  const urls = citations
    .map((c) => c.link)
    .filter((u): u is string => isText(u) && /^https?:\/\//.test(u));
  if (urls.length > 0) out.sourceUrl = [...new Set(urls)];
  return out;
}

function listOf(value: unknown): string {
  const items = Array.isArray(value) ? value.filter(isText) : [];
  return items.length > 0 ? items.join(" or ") : "board members";
}

function isText(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}
