import { join } from "node:path";
import { CypherRegistry } from "../../src/graph/cypher-registry";
import { projectRoot } from "../../src/project-root";
import { validOn } from "../../src/translate/valid-on";

const cypher = CypherRegistry.load(join(projectRoot(), "cypher"));

/** Where a "holds on a date" test starts in a fixed statement: `(x.since IS NULL OR x.since <op> $date)`. */
const START = /\((\w+)\.since IS NULL OR \1\.since \S+ (\$\w+)\)/g;

/**
 * "Valid on a date" has one home, `validOn` (src/translate/valid-on.ts), which the translator uses; the fixed
 * statements that test it write it out (Cypher has no functions of our own), and must say exactly what it says.
 */
describe("the fixed statements' date test", () => {
  const withDates = cypher
    .namesUnder("")
    .filter((name) => /\.since IS NULL/.test(cypher.get(name)));

  it("finds the statements that test a date", () => {
    expect(withDates.length).toBeGreaterThanOrEqual(6);
  });

  it.each(withDates)("%s tests a date as validOn does", (name) => {
    const text = cypher.get(name);
    const found = [...text.matchAll(START)];
    expect(found.length).toBe(text.split(".since IS NULL").length - 1);
    for (const match of found) {
      const [, variable, date] = match;
      expect(text.slice(match.index, match.index + validOn(variable!, date!).length)).toBe(
        validOn(variable!, date!),
      );
    }
  });
});
