import { SignJWT } from "jose";
import { loadConfig } from "../../src/config";
import { TestApi } from "../support/api";
import { authHeader, CustomApi, tokenFor } from "../support/custom-api";

const CREATE = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { created } }`;
const STATS = `{ stats { nodes } }`;

describe("auth", () => {
  let api: TestApi;
  const id = `test-auth-${Math.random().toString(36).slice(2, 8)}`;
  const input = {
    id,
    kind: "Company",
    name: "Auth test",
    citations: [{ section: "s", quote: "x", url: "https://example.com" }],
  };

  const expectRejected = async (headers: Record<string, string>, code: string) => {
    const res = await api.gql(CREATE, { input }, headers);
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.data ?? null).toBeNull();
    expect(res.headers.get("x-cypher-statements")).toBe("0");
    const rows = await api.db.gateway.readText("MATCH (n {id: $id}) RETURN n", { id });
    expect(rows).toHaveLength(0);
  };

  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(async () => {
    await api.db.driver.executeQuery("MATCH (n {id: $id}) DETACH DELETE n", { id });
    await api.stop();
  });

  describe("mutations", () => {
    it("are UNAUTHENTICATED without a token", () => expectRejected({}, "UNAUTHENTICATED"));
    it("are FORBIDDEN with a viewer's token", async () =>
      expectRejected(await authHeader(["viewer"]), "FORBIDDEN"));
    it("are UNAUTHENTICATED with an expired token", async () => {
      const old = await new SignJWT({ roles: ["editor"] })
        .setProtectedHeader({ alg: "HS256" })
        .setSubject("old")
        .setIssuer(loadConfig().auth.issuer)
        .setAudience(loadConfig().auth.audience)
        .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
        .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
        .sign(new TextEncoder().encode(loadConfig().auth.secret));
      await expectRejected({ authorization: `Bearer ${old}` }, "UNAUTHENTICATED");
    });
    it("are UNAUTHENTICATED with a token signed by another secret", async () => {
      const forged = await new SignJWT({ roles: ["editor"] })
        .setProtectedHeader({ alg: "HS256" })
        .setSubject("mallory")
        .setIssuer(loadConfig().auth.issuer)
        .setAudience(loadConfig().auth.audience)
        .setExpirationTime("1h")
        .sign(new TextEncoder().encode("another-secret-another-secret-another-secret"));
      await expectRejected({ authorization: `Bearer ${forged}` }, "UNAUTHENTICATED");
    });
    it("are UNAUTHENTICATED with an unsigned (alg none) token", async () => {
      const header = Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url");
      const payload = Buffer.from(
        JSON.stringify({ sub: "x", roles: ["editor"], exp: 9999999999 }),
      ).toString("base64url");
      await expectRejected({ authorization: `Bearer ${header}.${payload}.` }, "UNAUTHENTICATED");
    });
    it("are UNAUTHENTICATED with a malformed Authorization header", () =>
      expectRejected({ authorization: "Basic dXNlcjpwYXNz" }, "UNAUTHENTICATED"));
    it("run with an editor's token and record the subject", async () => {
      const res = await api.gql(CREATE, { input }, await authHeader(["editor"], "bob"));
      expect(res.data?.createEntity.created).toBe(true);
      const [row] = await api.db.gateway.readText("MATCH (n {id: $id}) RETURN n.createdBy AS by", {
        id,
      });
      expect(row!.by).toBe("bob");
    });
  });

  describe("reads", () => {
    it("are public by default", async () => {
      const res = await api.gql(STATS);
      expect(res.data?.stats.nodes).toBeGreaterThan(0);
    });

    it("need a token when REQUIRE_AUTH_FOR_READS=true", async () => {
      const strict = await CustomApi.start(api.db.gateway, {}, { requireAuthForReads: true });
      try {
        const anonymous = await strict.gql(STATS);
        expect(anonymous.status).toBe(401);
        expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
        expect(anonymous.headers.get("x-cypher-statements")).toBe("0");
        const viewer = await strict.gql(
          STATS,
          {},
          { authorization: `Bearer ${await tokenFor(["viewer"])}` },
        );
        expect(viewer.data?.stats.nodes).toBeGreaterThan(0);
        const noRole = await strict.gql(
          STATS,
          {},
          { authorization: `Bearer ${await tokenFor([])}` },
        );
        expect(noRole.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      } finally {
        await strict.stop();
      }
    });
  });
});
