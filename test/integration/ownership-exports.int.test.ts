import { TestApi } from "../support/api";
import { validateBods, validateFtm, validatorsBin } from "../support/validators";

/** Minutes: the first run creates the validators' venv (pip install of pinned versions). */
jest.setTimeout(300_000);

type Statement = {
  statementId: string;
  recordId: string;
  recordType: string;
  declarationSubject: string;
  publicationDetails: { bodsVersion: string };
  recordDetails: Record<string, unknown>;
  annotations?: Array<Record<string, unknown>>;
};

/** One server for both exports, and the validators' venv made once (tools/python-validators.sh). */
let api: TestApi;
beforeAll(async () => {
  api = await TestApi.start();
  validatorsBin();
});
afterAll(async () => {
  await api.stop();
});

describe("/export/bods.json", () => {
  const get = (query = "") => fetch(`${api.baseUrl}/export/bods.json${query}`);

  it.each([
    ["the whole graph", ""],
    ["?id=iij", "?id=iij"],
  ])(
    "validates %s with libcovebods against BODS 0.4: no schema errors, no failed checks",
    async (_name, query) => {
      const res = await get(query);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("application/json");
      const text = await res.text();
      const statements = JSON.parse(text) as Statement[];
      expect(statements.length).toBeGreaterThan(10);
      expect(statements.every((s) => s.publicationDetails.bodsVersion === "0.4")).toBe(true);

      const result = await validateBods(text);
      expect(result.schemaVersion).toBe("0.4");
      expect(result.schemaErrors).toEqual([]);
      expect(result.additionalChecks).toEqual([]);
      // The citation's quote, offset and section: custom properties BODS allows on an annotation.
      expect(result.additionalFields).toEqual([
        "/annotations/offset",
        "/annotations/quote",
        "/annotations/section",
      ]);
    },
  );

  it("exports IIJ's ownership network: the NTT Group's 29.7%, subsidiaries and officers, not competitors", async () => {
    const statements = (await (await get("?id=iij")).json()) as Statement[];
    const ids = new Set(statements.map((s) => s.recordId));
    for (const id of ["iij", "ntt-and-affiliates", "iij-tech", "koichi-suzuki", "rel-ntt-owns-iij"])
      expect(ids).toContain(id);
    expect(ids).not.toContain("kddi");
    expect(statements.every((s) => s.declarationSubject === "iij")).toBe(true);
    const stake = statements.find((s) => s.recordId === "rel-ntt-owns-iij")!;
    expect(stake.recordDetails).toMatchObject({
      subject: "iij",
      interestedParty: "ntt-and-affiliates",
      interests: [{ type: "shareholding", share: { exact: 29.7 } }],
    });
    // Each citation's annotation links to its place on the source page, absolute in the file.
    const cited = (stake.annotations ?? []).filter((a) => typeof a.quote === "string");
    expect(cited.length).toBeGreaterThan(0);
    for (const a of cited) expect(a.url).toBe(`${api.baseUrl}/source#offset-${String(a.offset)}`);
  });

  it("keeps statement ids stable across exports", async () => {
    const ids = async () =>
      ((await (await get("?id=iij")).json()) as Statement[]).map(
        (s) => `${s.recordId}=${s.statementId}`,
      );
    expect(await ids()).toEqual(await ids());
  });

  it("names the file and answers an unknown id with 404 NOT_FOUND, a malformed one with 400", async () => {
    const ok = await get("?id=ntt");
    expect(ok.headers.get("content-disposition")).toContain('filename="iij-bods-ntt.json"');
    const missing = await get("?id=no-such-entity");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: "NOT_FOUND" });
    const bad = await get("?id=" + encodeURIComponent("iij; DROP"));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: "BAD_USER_INPUT" });
  });
});

describe("/export/ftm.json", () => {
  const get = (query = "") => fetch(`${api.baseUrl}/export/ftm.json${query}`);

  it.each([
    ["the whole graph", ""],
    ["?id=iij", "?id=iij"],
  ])(
    "validates %s with followthemoney: no invalid property, ftm validate keeps every value, ftm aggregates it",
    async (_name, query) => {
      const res = await get(query);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("application/x-ndjson");
      const text = await res.text();
      const lines = text.trimEnd().split("\n");
      expect(lines.length).toBeGreaterThan(10);

      const result = await validateFtm(text);
      expect(result.errors).toEqual([]);
      expect(result.entities).toBe(lines.length);
      expect(result.revalidated).toBe(lines.length);
      expect(result.changed).toEqual([]);
      expect(result.aggregated).toBe(lines.length);
    },
  );

  it("exports IIJ's network: Ownership by NTT and its affiliates, Directorships, Events", async () => {
    const text = await (await get("?id=iij")).text();
    const entities = text
      .trimEnd()
      .split("\n")
      .map(
        (l) =>
          JSON.parse(l) as { id: string; schema: string; properties: Record<string, string[]> },
      );
    const stake = entities.find((e) => e.id === "rel-ntt-owns-iij");
    expect(stake).toMatchObject({
      schema: "Ownership",
      properties: { owner: ["ntt-and-affiliates"], asset: ["iij"], percentage: ["29.7"] },
    });
    // Provenance: each cited sentence's place on the source page.
    expect(stake!.properties.sourceUrl?.length).toBeGreaterThan(0);
    for (const url of stake!.properties.sourceUrl!)
      expect(url).toMatch(new RegExp(`^${api.baseUrl}/source#offset-\\d+$`));
    const schemata = new Set(entities.map((e) => e.schema));
    for (const s of [
      "Company",
      "Person",
      "Ownership",
      "Directorship",
      "Membership",
      "Control",
      "Event",
    ])
      expect(schemata).toContain(s);
    expect(entities.map((e) => e.id)).not.toContain("kddi");
  });

  it("names the file and rejects an unknown or malformed id with a code", async () => {
    expect((await get("?id=iij")).headers.get("content-disposition")).toContain(
      'filename="iij-ftm-iij.json"',
    );
    const missing = await get("?id=no-such-entity");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: "NOT_FOUND" });
    const bad = await get("?id=");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: "BAD_USER_INPUT" });
  });
});
