import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "graphql";
import { splitExamples } from "../../src/web/examples.rules";
import { renderPage, scriptJson } from "../../src/web/web-pages";

describe("splitExamples", () => {
  it("gives one example per named operation with its comment lines", () => {
    const source = `# File header\n\n# First\nquery A { a }\n\n# Second\n# more\nquery B { b }\n`;
    expect(splitExamples(source)).toEqual([
      { name: "A", query: "# First\nquery A { a }" },
      { name: "B", query: "# Second\n# more\nquery B { b }" },
    ]);
  });

  it("appends the fragments an operation spreads", () => {
    const [op] = splitExamples(`query A { ...F ... on X { y } }\nfragment F on Query { a }`);
    expect(op!.query).toContain("fragment F on Query");
    expect(() => parse(op!.query)).not.toThrow();
  });

  it("gives nothing for a document that does not parse", () => {
    expect(splitExamples("query {")).toEqual([]);
  });

  it("splits schema/examples.graphql into parseable named operations", () => {
    const file = join(__dirname, "..", "..", "schema", "examples.graphql");
    const examples = splitExamples(readFileSync(file, "utf8"));
    expect(examples.length).toBeGreaterThan(3);
    for (const e of examples) {
      expect(e.name).toMatch(/^\w+$/);
      expect(parse(e.query).definitions).toHaveLength(1);
    }
  });
});

describe("renderPage", () => {
  it("embeds boot data that cannot close the script element", () => {
    expect(scriptJson({ q: "</script><b>" })).not.toContain("</script>");
    const html = renderPage({
      title: "T",
      script: "/web/x.js",
      style: "/web/x.css",
      boot: { q: "</script>" },
    });
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });
});
