import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { z } from "zod";
import {
  entity,
  event,
  exchangeRates,
  figure,
  relationship,
  riskFactor,
  type SeedEntity,
  type SeedEvent,
  type SeedExchangeRates,
  type SeedFigure,
  type SeedRelationship,
  type SeedRiskFactor,
} from "./seed-schema";
import { crossCheck, type SeedProblem } from "./seed.rules";
import type { DocumentOutline } from "../source/document.rules";
import { OUTLINE_FILE, readOutline } from "../source/source-document";

/** The curated knowledge graph, validated. */
export interface Seed {
  readonly source: string;
  readonly entities: SeedEntity[];
  readonly relationships: SeedRelationship[];
  readonly events: SeedEvent[];
  readonly riskFactors: SeedRiskFactor[];
  readonly figures: SeedFigure[];
  readonly exchangeRates: SeedExchangeRates;
  /** document.yaml: the source's title and the headings of its sections. */
  readonly outline: DocumentOutline;
}

export const SOURCE_FILE = "source/iij-form-20f-fy2007-excerpt.txt";

/** Raised before anything is written; each problem names the file, the item and the field. */
export class SeedError extends Error {
  override readonly name = "SeedError";
  constructor(readonly problems: SeedProblem[]) {
    super(
      `The seed is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n` +
        problems
          .slice(0, 50)
          .map((p) => `  ${p.file} › ${p.item} › ${p.field}: ${p.message}`)
          .join("\n"),
    );
  }
}

function readYaml(dir: string, file: string, problems: SeedProblem[]): unknown {
  const path = join(dir, file);
  if (!existsSync(path)) {
    problems.push({ file, item: "(file)", field: "(file)", message: "file is missing" });
    return undefined;
  }
  try {
    return parse(readFileSync(path, "utf8"));
  } catch (error) {
    problems.push({ file, item: "(file)", field: "(yaml)", message: String(error) });
    return undefined;
  }
}

function itemName(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id : `#${index}`;
}

function validateList<S extends z.ZodType>(
  file: string,
  raw: unknown,
  schema: S,
  problems: SeedProblem[],
): z.infer<S>[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ file, item: "(file)", field: "(root)", message: "expected a list of items" });
    return [];
  }
  const out: z.infer<S>[] = [];
  raw.forEach((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) out.push(parsed.data);
    else {
      for (const issue of parsed.error.issues) {
        problems.push({
          file,
          item: itemName(item, index),
          field: issue.path.join(".") || "(item)",
          message: issue.message,
        });
      }
    }
  });
  return out;
}

/** Reads and validates every seed file in `dir`; throws SeedError listing all problems. */
export function readSeed(dir: string): Seed {
  const problems: SeedProblem[] = [];
  const sourcePath = join(dir, SOURCE_FILE);
  const source = existsSync(sourcePath) ? readFileSync(sourcePath, "utf8") : "";
  if (!source) problems.push({ file: SOURCE_FILE, item: "(file)", field: "(file)", message: "missing" });

  const entities = validateList("entities.yaml", readYaml(dir, "entities.yaml", problems), entity, problems);
  const relationships = validateList(
    "relationships.yaml",
    readYaml(dir, "relationships.yaml", problems),
    relationship,
    problems,
  );
  const events = validateList("events.yaml", readYaml(dir, "events.yaml", problems), event, problems);
  const riskFactors = validateList(
    "risk-factors.yaml",
    readYaml(dir, "risk-factors.yaml", problems),
    riskFactor,
    problems,
  );
  const figures = validateList("figures.yaml", readYaml(dir, "figures.yaml", problems), figure, problems);
  const ratesRaw = readYaml(dir, "exchange-rates.yaml", problems);
  const ratesParsed = exchangeRates.safeParse(ratesRaw ?? {});
  if (!ratesParsed.success) {
    for (const issue of ratesParsed.error.issues) {
      problems.push({
        file: "exchange-rates.yaml",
        item: String(issue.path.slice(0, 2).join(".")) || "(file)",
        field: issue.path.slice(2).join(".") || "(item)",
        message: issue.message,
      });
    }
  }
  let outline: DocumentOutline | undefined;
  try {
    outline = readOutline(dir);
  } catch (error) {
    problems.push({ file: OUTLINE_FILE, item: "(file)", field: "(file)", message: String(error) });
  }
  if (problems.length) throw new SeedError(problems);

  const seed: Seed = {
    source,
    entities,
    relationships,
    events,
    riskFactors,
    figures,
    exchangeRates: ratesParsed.data!,
    outline: outline!,
  };
  const crossProblems = crossCheck(seed);
  if (crossProblems.length) throw new SeedError(crossProblems);
  return seed;
}
