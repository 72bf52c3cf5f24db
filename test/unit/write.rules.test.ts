import { BadUserInputError } from "../../src/errors";
import { loadConfig, ConfigError } from "../../src/config";
import {
  aliasText,
  exceedsWholeCompany,
  givenProps,
  ownershipDate,
  resolveCitation,
} from "../../src/domain/write.rules";
import { citationProperties, citationsOf, moneyProperties } from "../../src/model/stored-values";

describe("write.rules", () => {
  const source = "Intro. NTT owns 29.7% of us. More text.";

  it("computes the offset of a 20-F quote", () => {
    expect(
      resolveCitation({ section: "s", quote: "NTT owns 29.7%" }, source, "citations.0"),
    ).toEqual({ section: "s", quote: "NTT owns 29.7%", offset: 7, url: "" });
  });

  it("rejects a quote not in the 20-F, naming the field", () => {
    expect(() =>
      resolveCitation({ section: "s", quote: "KDDI owns" }, source, "citations.1"),
    ).toThrow(BadUserInputError);
    try {
      resolveCitation({ section: "s", quote: "KDDI owns" }, source, "citations.1");
    } catch (error) {
      expect((error as BadUserInputError).extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "citations.1.quote",
      });
    }
  });

  it("takes any text with a url, offset -1", () => {
    expect(
      resolveCitation({ section: "s", quote: "q", url: "https://x.org" }, source, "c").offset,
    ).toBe(-1);
  });

  it("stores citations as parallel lists, and reads them back", () => {
    const stored = citationProperties([
      { section: "a", quote: "b", offset: 1 },
      { section: "c", quote: "d", offset: -1, url: "https://example.com/x" },
    ]);
    expect(stored).toEqual({
      citeSection: ["a", "c"],
      citeQuote: ["b", "d"],
      citeOffset: [1, -1],
      citeUrl: ["", "https://example.com/x"],
    });
    expect(citationsOf(stored)).toEqual([
      { section: "a", quote: "b", offset: 1 },
      { section: "c", quote: "d", offset: -1, url: "https://example.com/x" },
    ]);
  });

  it("stores money flat under a prefix; null clears it, undefined leaves it", () => {
    expect(moneyProperties({ amount: 5, currency: "JPY", approximate: true }, "price")).toEqual({
      price: 5,
      priceCurrency: "JPY",
      priceApproximate: true,
      priceUncertain: null,
      priceRaw: null,
    });
    expect(moneyProperties(null)).toEqual({
      amount: null,
      amountCurrency: null,
      amountApproximate: null,
      amountUncertain: null,
      amountRaw: null,
    });
    expect(moneyProperties(undefined)).toEqual({});
  });

  it("keeps given fields, null clears, required fields are never cleared", () => {
    expect(
      givenProps(
        { name: null, description: null, country: "JP", status: undefined },
        ["name", "description", "country", "status"],
        ["name"],
      ),
    ).toEqual({ description: null, country: "JP" });
  });

  it("checks ownership at asOf, else since, else now", () => {
    expect(ownershipDate({ asOf: "2007-03-31", since: "2003" })).toBe("2007-03-31");
    expect(ownershipDate({ since: "2003" })).toBe("2003");
    expect(ownershipDate({})).toBeNull();
    expect(exceedsWholeCompany(100)).toBe(false);
    expect(exceedsWholeCompany(33.3 + 66.7)).toBe(false);
    expect(exceedsWholeCompany(100.01)).toBe(true);
    expect(aliasText(["A", "B"])).toBe(" A B");
  });
});

describe("loadConfig: auth and limits", () => {
  it("has documented defaults", () => {
    const c = loadConfig({});
    expect(c.limits).toMatchObject({
      maxDepth: 20,
      maxHops: 3,
      maxAliases: 15,
      maxTokens: 1000,
      maxDirectives: 50,
      maxCost: 5000,
      maxBodyBytes: 102400,
      rateLimitMax: 1200,
      rateLimitWindowMs: 60000,
      csrfPrevention: true,
      introspection: true,
      hideSchemaDetails: false,
    });
    expect(c.auth.requireAuthForReads).toBe(false);
    expect(c.auth.secret.length).toBeGreaterThanOrEqual(32);
  });

  it("turns introspection off and hides schema details in production, and needs a real secret there", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/JWT_SECRET/);
    const c = loadConfig({ NODE_ENV: "production", JWT_SECRET: "s".repeat(40) });
    expect(c.limits.introspection).toBe(false);
    expect(c.limits.hideSchemaDetails).toBe(true);
    expect(
      loadConfig({ NODE_ENV: "production", JWT_SECRET: "s".repeat(40), INTROSPECTION: "true" })
        .limits.introspection,
    ).toBe(true);
  });

  it.each([
    [{ MAX_QUERY_DEPTH: "0" }, "MAX_QUERY_DEPTH"],
    [{ JWT_SECRET: "short" }, "JWT_SECRET"],
    [{ JWKS_URL: "not a url" }, "JWKS_URL"],
    [{ REQUIRE_AUTH_FOR_READS: "yes" }, "REQUIRE_AUTH_FOR_READS"],
    [{ MAX_BODY_BYTES: "100" }, "MAX_BODY_BYTES"],
  ])("rejects %j naming the variable", (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(variable));
  });
});
