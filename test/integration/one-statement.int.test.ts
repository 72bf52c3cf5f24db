import { TestApi } from "../support/api";
import { authHeader } from "../support/custom-api";

/**
 * Every root that returns entities, relationships, events or sentences answers nested selections (three
 * relationship hops, the default limit; a sentence's `citedBy`) in one statement; a write answers with its write statements and one read of its answer.
 */
const ENTITY = `id name owners { percentage owner { id holdings { owned { id competitors { competitor { name } } } } } }`;
const READS: Array<[string, string]> = [
  ["entity", `{ entity(id: "iij") { ${ENTITY} } }`],
  ["entities", `{ entities(first: 5) { totalCount edges { node { ${ENTITY} } } } }`],
  ["search", `{ search(text: "NTT") { score entity { ${ENTITY} } } }`],
  ["competitors", `{ competitors(id: "iij") { competitor { ${ENTITY} } segments } }`],
  [
    "suppliers",
    `{ suppliers(id: "iij") { supplier { id owners { owner { suppliers { supplier { id } } } } } costShare } }`,
  ],
  ["customers", `{ customers(id: "ntt-communications") { customer { ${ENTITY} } } }`],
  [
    "riskFactors",
    `{ riskFactors(concerning: "ntt") { name concerns { id owners { owner { holdings { owned { id } } } } } } }`,
  ],
  [
    "timeline",
    `{ timeline(entityId: "iij") { id amount { usd } participants { role entity { id holdings { owned { id } } } } } }`,
  ],
  [
    "corporateGroup",
    `{ corporateGroup(id: "iij") { root { id } members { entity { id officers { person { name } } owners { owner { id } } } effectivePercentage } } }`,
  ],
  [
    "relationships",
    `{ relationships(types: [OWNS], first: 10) { totalCount edges { node { id label properties citations { quote } } } } }`,
  ],
  ["sentence", `{ sentence(offset: 2000) { id citedBy { id kind name } } }`],
  [
    "sentences",
    `{ sentences(sectionId: "item-3d", cited: true, first: 5) { totalCount edges { node { id citedBy { id } } } } }`,
  ],
  [
    "searchText",
    `{ searchText(text: "Konami joint venture", first: 3) { sentence { citedBy { id } } } }`,
  ],
  [
    "entity events",
    `{ entity(id: "iij") { events { id participants { entity { ${"id events { id }"} } } } } }`,
  ],
];

describe("one statement per read, at every root", () => {
  let api: TestApi;
  let editor: Record<string, string>;
  const p = `test-one-${Math.random().toString(36).slice(2, 8)}`;
  beforeAll(async () => {
    api = await TestApi.start();
    editor = await authHeader(["editor"], "alice");
  });
  afterAll(async () => {
    await api.stop();
  });

  it.each(READS)("%s: nested selections in one statement", async (_root, query) => {
    const res = await api.gql(query);
    expect(res.errors).toBeUndefined();
    expect(res.headers.get("x-cypher-statements")).toBe("1");
    expect(JSON.stringify(res.data).length).toBeGreaterThan(30);
  });

  it("a create answers with its nested selection in one read inside its transaction", async () => {
    const cite = {
      section: "Item 4.B",
      quote: "NTT Communications purchased shares of our company",
    };
    const create = (id: string, selection: string) =>
      api.gql(
        `mutation($input: CreateEntityInput!) { createEntity(input: $input) { created entity { ${selection} } } }`,
        { input: { id, kind: "Company", name: "One Statement Test", citations: [cite] } },
        editor,
      );
    const plain = await create(`${p}-a`, "id");
    const nested = await create(
      `${p}-b`,
      "id owners { owner { id holdings { owned { id } } } } holdings { owned { id } }",
    );
    expect(plain.errors).toBeUndefined();
    expect(nested.errors).toBeUndefined();
    expect(nested.data!.createEntity).toEqual({
      created: true,
      entity: { id: `${p}-b`, owners: [], holdings: [] },
    });
    // The write's own statements, then one read of the answer, whatever its depth.
    expect(nested.headers.get("x-cypher-statements")).toBe(
      plain.headers.get("x-cypher-statements"),
    );
    for (const id of [`${p}-a`, `${p}-b`]) {
      await api.gql(
        `mutation($id: ID!, $c: CitationInput!) { deleteEntity(id: $id, citation: $c) { deleted } }`,
        { id, c: cite },
        editor,
      );
    }
  });
});
