import { luceneQuery } from "../../src/domain/search.rules";

describe("luceneQuery", () => {
  it("matches every word exactly (boosted) or as a prefix", () => {
    expect(luceneQuery("NTT Com")).toBe("(ntt^2 OR ntt*) AND (com^2 OR com*)");
  });
  it("splits on punctuation, so IIJ-Tech is two words", () => {
    expect(luceneQuery("IIJ-Tech")).toBe("(iij^2 OR iij*) AND (tech^2 OR tech*)");
  });
  it("turns Lucene operators and syntax into plain lower-case words", () => {
    expect(luceneQuery('NTT AND (x OR *:*) ~ ^ [a TO z] "q"')).toBe(
      "(ntt^2 OR ntt*) AND (and^2 OR and*) AND (x^2 OR x*) AND (or^2 OR or*) AND (a^2 OR a*) AND (to^2 OR to*) AND (z^2 OR z*) AND (q^2 OR q*)",
    );
  });
  it("keeps Japanese and accented letters", () => {
    expect(luceneQuery("Nippon Telegraph 日本")).toBe(
      "(nippon^2 OR nippon*) AND (telegraph^2 OR telegraph*) AND (日本^2 OR 日本*)",
    );
  });
  it("is undefined when nothing searchable remains", () => {
    expect(luceneQuery("*** ~~ !!")).toBeUndefined();
  });
});
