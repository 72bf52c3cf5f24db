import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { sourceText } from "../domain/source-text";
import { projectRoot } from "../project-root";
import { buildDocument, type DocumentOutline, type SourceDocument } from "./document.rules";

export const OUTLINE_FILE = "document.yaml";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

const outlineSchema = z.strictObject({
  title: z.string().min(1),
  source: z.string().min(1),
  period: z.string().regex(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/),
  sections: z
    .array(
      z.strictObject({
        id: slug,
        title: z.string().min(1),
        parent: slug.nullish(),
        heading: z.string().min(1).nullable(),
      }),
    )
    .min(1),
});

/** seed/document.yaml, validated. */
export function readOutline(dir = join(projectRoot(), "seed")): DocumentOutline {
  return outlineSchema.parse(parse(readFileSync(join(dir, OUTLINE_FILE), "utf8")));
}

let cached: SourceDocument | undefined;

/** The source text as a document (sections and sentences), built once from seed/. */
export function sourceDocument(): SourceDocument {
  cached ??= buildDocument(sourceText(), readOutline());
  return cached;
}
