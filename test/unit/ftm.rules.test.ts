import { ownershipNetwork } from "../../src/web/bods.rules";
import { REPORT_DOCUMENT_ID, toFtm, toFtmLines, type FtmEntity } from "../../src/web/ftm.rules";
import { seedGraph } from "../support/seed-graph";

const graph = seedGraph();
const entities = toFtm(graph);
const byId = new Map(entities.map((e) => [e.id, e]));
const entity = (id: string): FtmEntity => {
  const e = byId.get(id);
  if (!e) throw new Error(`no entity ${id}`);
  return e;
};

describe("ftm.rules", () => {
  it("writes one JSON entity a line, every value a list of strings", () => {
    const lines = toFtmLines(entities).trimEnd().split("\n");
    expect(lines).toHaveLength(entities.length);
    for (const line of lines) {
      const e = JSON.parse(line) as FtmEntity;
      for (const values of Object.values(e.properties))
        expect(values.every((v) => typeof v === "string")).toBe(true);
    }
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
  });

  it("maps companies, public bodies and people to Company, PublicBody and Person", () => {
    expect(entity("iij")).toMatchObject({
      schema: "Company",
      properties: { name: ["Internet Initiative Japan Inc."], country: ["jp"] },
    });
    expect(entity("mic").schema).toBe("PublicBody");
    expect(entity("koichi-suzuki").schema).toBe("Person");
  });

  it("keeps the 29.7% as owned by NTT and its affiliates, with NTT a member of the group", () => {
    expect(entity("rel-ntt-owns-iij").properties).toMatchObject({
      owner: ["ntt-and-affiliates"],
      asset: ["iij"],
      percentage: ["29.7"],
      date: ["2007-03-31"],
    });
    expect(entity("rel-ntt-owns-iij").properties).not.toHaveProperty("startDate");
    expect(entity("ntt-and-affiliates")).toMatchObject({
      schema: "Organization",
      properties: { name: ["NTT and its affiliates"] },
    });
    expect(entity("ntt--member-of--ntt-and-affiliates")).toMatchObject({
      schema: "Membership",
      properties: { member: ["ntt"], organization: ["ntt-and-affiliates"] },
    });
  });

  it("leaves out a link the model cannot hold: a stake in a public body, an office in a person", () => {
    const extra = toFtm({
      ...graph,
      edges: [
        ...graph.edges,
        { id: "x-owns-mic", source: "iij", target: "mic", type: "OWNS", label: "", properties: {} },
        {
          id: "x-holds-person",
          source: "iij",
          target: "koichi-suzuki",
          type: "HOLDS_POSITION",
          label: "",
          properties: { role: "director" },
        },
      ],
    }).map((e) => e.id);
    expect(extra).not.toContain("x-owns-mic");
    expect(extra).not.toContain("x-holds-person");
  });

  it("leaves an unstated percentage out", () => {
    expect(entity("rel-ntt-communications-owns-iij").properties).not.toHaveProperty("percentage");
  });

  it("maps officers to Directorship, the appointment right to Control, events to Event", () => {
    expect(entity("rel-fukuzo-inoue-holds-position-iij")).toMatchObject({
      schema: "Directorship",
      properties: {
        director: ["fukuzo-inoue"],
        organization: ["iij"],
        role: ["executive vice president"],
        endDate: ["2006-06-28"],
      },
    });
    expect(entity("rel-ntt-can-appoint-iij")).toMatchObject({
      schema: "Control",
      properties: { controller: ["ntt"], controlled: ["iij"], startDate: ["2003-09"] },
    });
    expect(entity("ev-2007-06-hi-ho-acquisition")).toMatchObject({
      schema: "Event",
      properties: { date: ["2007-06"], keywords: ["Acquisition"] },
    });
    expect(entity("ev-2007-06-hi-ho-acquisition").properties.involved).toEqual(
      expect.arrayContaining(["iij", "hi-ho"]),
    );
  });

  it("gives every entity the report as proof and each cited quote with its offset", () => {
    expect(entity(REPORT_DOCUMENT_ID).schema).toBe("Document");
    for (const e of entities.filter((x) => x.id !== REPORT_DOCUMENT_ID))
      expect(e.properties.proof).toEqual([REPORT_DOCUMENT_ID]);
    expect(entity("rel-ntt-owns-iij").properties.description).toContain(
      'Item 3.D. Risk Factors / Relationship with NTT: "NTT and its affiliates currently own 29.7% of our outstanding shares as of March 31, 2007." (character offset 21616 of seed/source/iij-form-20f-fy2007-excerpt.txt)',
    );
  });

  it("exports only references to entities in the same file", () => {
    const network = toFtm(ownershipNetwork(graph, "iij"));
    const ids = new Set(network.map((e) => e.id));
    const refs = [
      "owner",
      "asset",
      "director",
      "organization",
      "controller",
      "controlled",
      "member",
      "involved",
      "proof",
      "subject",
      "object",
      "predecessor",
      "successor",
    ];
    for (const e of network)
      for (const key of refs) for (const v of e.properties[key] ?? []) expect(ids).toContain(v);
  });
});
