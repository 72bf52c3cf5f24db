import {
  bodsDate,
  officerInterests,
  ownershipNetwork,
  statementIdFor,
  toBods,
  type BodsStatement,
} from "../../src/web/bods.rules";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../src/project-root";
import { seedGraph } from "../support/seed-graph";

const graph = seedGraph();
const statements = toBods(graph, { publicationDate: "2026-11-29" });
const byRecord = new Map(statements.map((s) => [s.recordId, s]));
const record = (id: string): BodsStatement => {
  const s = byRecord.get(id);
  if (!s) throw new Error(`no statement for ${id}`);
  return s;
};
const interests = (id: string) => record(id).recordDetails.interests as Record<string, unknown>[];

describe("bods.rules", () => {
  it("derives a stable 32-64 character statement id from the item's id", () => {
    const id = statementIdFor("entity", "iij");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(statementIdFor("entity", "iij")).toBe(id);
    expect(statementIdFor("entity", "ntt")).not.toBe(id);
    expect(new Set(statements.map((s) => s.statementId)).size).toBe(statements.length);
  });

  it("matches the README's excerpt: the statement id of NTT and its affiliates' stake", () => {
    const readme = readFileSync(join(projectRoot(), "README.md"), "utf8");
    expect(readme).toContain(`"statementId": "${record("rel-ntt-owns-iij").statementId}"`);
  });

  it("rounds a month or year to its first day and says so; keeps full dates", () => {
    expect(bodsDate("2006-06-28")).toEqual({ date: "2006-06-28", rounded: false });
    expect(bodsDate("2003-09")).toEqual({ date: "2003-09-01", rounded: true });
    expect(bodsDate("2007")).toEqual({ date: "2007-01-01", rounded: true });
    expect(bodsDate(undefined)).toBeUndefined();
  });

  it("reads officer and board interests from the role the text states", () => {
    expect(
      officerInterests("president, chief executive officer and representative director"),
    ).toEqual(["seniorManagingOfficial", "boardMember"]);
    expect(officerInterests("executive vice president")).toEqual(["seniorManagingOfficial"]);
    expect(officerInterests("outside director")).toEqual(["boardMember"]);
  });

  it("writes every statement as BODS 0.4 with a source and publication details", () => {
    for (const s of statements) {
      expect(s.publicationDetails).toMatchObject({
        bodsVersion: "0.4",
        publicationDate: "2026-11-29",
      });
      expect(s.declarationSubject).toBe("iij");
      expect(s.statementDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(String((s.source as { description: string }).description)).toContain("Form 20-F");
    }
  });

  it("names companies as registered entities and public bodies as state bodies, people as known persons", () => {
    expect(record("iij").recordDetails).toMatchObject({
      entityType: { type: "registeredEntity" },
      name: "Internet Initiative Japan Inc.",
      jurisdiction: { code: "JP" },
    });
    expect(record("mic").recordDetails).toMatchObject({ entityType: { type: "stateBody" } });
    expect(record("koichi-suzuki")).toMatchObject({
      recordType: "person",
      recordDetails: { personType: "knownPerson", names: [{ type: "legal" }] },
    });
  });

  it("keeps the 29.7% as held by NTT and its affiliates, not by NTT alone", () => {
    const stake = record("rel-ntt-owns-iij");
    expect(stake.recordDetails).toMatchObject({
      subject: "iij",
      interestedParty: "ntt-and-affiliates",
    });
    expect(interests("rel-ntt-owns-iij")[0]).toMatchObject({
      type: "shareholding",
      share: { exact: 29.7 },
    });
    // The text dates the purchase of the shares (an event), not the start of the holding.
    expect(interests("rel-ntt-owns-iij")[0]).not.toHaveProperty("startDate");
    expect(stake.statementDate).toBe("2007-03-31");
    expect(record("ntt-and-affiliates").recordDetails).toMatchObject({
      entityType: { type: "arrangement", subtype: "other" },
      name: "NTT and its affiliates",
    });
    const right = record("rel-ntt-can-appoint-iij");
    const pointers = (right.annotations as { statementPointerTarget: string }[]).map(
      (a) => a.statementPointerTarget,
    );
    expect(pointers).toContain("/recordDetails/interests/0/startDate");
  });

  it("writes no relationship whose subject is a person (BODS subjects are entities)", () => {
    const extra = toBods(
      {
        ...graph,
        edges: [
          ...graph.edges,
          {
            id: "x-owns-person",
            source: "iij",
            target: "koichi-suzuki",
            type: "OWNS",
            label: "",
            properties: {},
          },
        ],
      },
      { publicationDate: "2026-11-29" },
    );
    expect(extra.map((s) => s.recordId)).not.toContain("x-owns-person");
  });

  it("leaves a stake the text does not state out, never 0 or a guess", () => {
    const interest = interests("rel-ntt-communications-owns-iij")[0]!;
    expect(interest.type).toBe("shareholding");
    expect(interest).not.toHaveProperty("share");
    expect(record("rel-ntt-communications-owns-iij").recordDetails).toMatchObject({
      interestedParty: "ntt-communications",
    });
  });

  it("maps the right to nominate (not to appoint) to a right granted by contract, with its condition, and officers to their roles with dates", () => {
    expect(interests("rel-ntt-can-appoint-iij")[0]).toMatchObject({
      type: "rightsGrantedByContract",
      startDate: "2003-09-01",
    });
    const details = String(interests("rel-ntt-can-appoint-iij")[0]!.details);
    expect(details).toContain("May nominate up to 3 persons as directors or company auditors");
    expect(details).toContain("subject to approval by IIJ's shareholders");
    expect(interests("rel-fukuzo-inoue-holds-position-iij")[0]).toMatchObject({
      type: "seniorManagingOfficial",
      endDate: "2006-06-28",
    });
    expect(record("rel-fukuzo-inoue-holds-position-iij").recordStatus).toBe("closed");
  });

  it("cites each fact's sentence as an annotation with quote and offset", () => {
    const quoted = (record("rel-ntt-owns-iij").annotations as Record<string, unknown>[]).find(
      (a) => a.offset === 21616,
    );
    expect(quoted).toMatchObject({
      motivation: "commenting",
      statementPointerTarget: "",
      quote:
        "NTT and its affiliates currently own 29.7% of our outstanding shares as of March 31, 2007.",
    });
  });

  it("lists parties before the relationships that name them", () => {
    const firstRelationship = statements.findIndex((s) => s.recordType === "relationship");
    expect(statements.slice(firstRelationship).every((s) => s.recordType === "relationship")).toBe(
      true,
    );
    const parties = new Set(statements.map((s) => s.recordId));
    for (const s of statements.slice(firstRelationship)) {
      expect(parties.has(String(s.recordDetails.subject))).toBe(true);
      expect(parties.has(String(s.recordDetails.interestedParty))).toBe(true);
    }
  });

  it("cuts an id's ownership network and its events out of the graph, without competitors or suppliers", () => {
    const network = ownershipNetwork(graph, "iij");
    const ids = network.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(["iij", "ntt", "iij-tech", "koichi-suzuki"]));
    expect(ids).not.toContain("kddi");
    expect(
      network.edges.every((e) =>
        ["OWNS", "CAN_APPOINT", "NOMINATED", "HOLDS_POSITION", "INVOLVES"].includes(e.type),
      ),
    ).toBe(true);
  });
});
