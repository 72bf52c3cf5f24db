import { readFileSync } from "node:fs";
import { join } from "node:path";
import { environmentVariables } from "../../src/config";
import { projectRoot } from "../../src/project-root";

/** The variables are declared once, in src/config.ts; `.env.example` and the README's table must follow it. */
describe("configuration documents", () => {
  const variables = environmentVariables();
  const names = variables.map((v) => v.name).sort();
  const root = projectRoot();

  it(".env.example names every variable, set or commented out, and no other", () => {
    const text = readFileSync(join(root, ".env.example"), "utf8");
    const listed = [...text.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!);
    expect([...new Set(listed)].sort()).toEqual(names);
  });

  it("the README's configuration table has a row for every variable, with its default, and no other", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const section = readme.slice(
      readme.indexOf("## Configuration"),
      readme.indexOf("\n## ", readme.indexOf("## Configuration") + 1),
    );
    const rows = section.split("\n").filter((l) => /^\| `[A-Z]/.test(l));
    const cells = rows.map((row) => row.split(" | "));
    const named = cells.flatMap(([first]) =>
      [...first!.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]!),
    );
    expect([...new Set(named)].sort()).toEqual(names);
    for (const v of variables) {
      if (v.default === undefined) continue;
      const row = cells.find(([first]) => first!.includes(`\`${v.name}\``))!;
      expect({ name: v.name, default: row[1]!.includes(`\`${String(v.default)}\``) }).toEqual({
        name: v.name,
        default: true,
      });
    }
  });
});
