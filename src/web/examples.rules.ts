import { Kind, parse } from "graphql";

export interface ExampleOperation {
  /** The operation's name (`EntityById`), the tab's title. */
  name: string;
  /** The operation's text as written in the file, preceded by its comment lines. */
  query: string;
}

/**
 * Splits a document of named operations into one example per operation, each with the comment
 * lines just above it. Fragments are appended to every operation that spreads them.
 * A document that does not parse gives no examples (the IDEs then open with an empty editor).
 */
export function splitExamples(source: string): ExampleOperation[] {
  let doc;
  try {
    doc = parse(source);
  } catch {
    return [];
  }
  const fragments = doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const fragmentText = fragments.map((f) => source.slice(f.loc!.start, f.loc!.end)).join("\n\n");
  const out: ExampleOperation[] = [];
  let previousEnd = 0;
  for (const def of doc.definitions) {
    const start = def.loc!.start;
    const end = def.loc!.end;
    if (def.kind === Kind.OPERATION_DEFINITION) {
      const body = source.slice(start, end);
      const name = def.name?.value ?? `${def.operation} ${out.length + 1}`;
      const comments = leadingComments(source.slice(previousEnd, start));
      const uses =
        fragments.length > 0 && /\.\.\.\s*[_A-Za-z]/.test(body.replace(/\.\.\.\s*on\b/g, ""));
      out.push({
        name,
        query: [comments, body, uses ? fragmentText : ""].filter(Boolean).join("\n"),
      });
    }
    previousEnd = end;
  }
  return out;
}

/** The `#` lines directly above an operation (a blank line ends the block). */
function leadingComments(between: string): string {
  const lines = between.replace(/\s+$/, "").split(/\r?\n/);
  const block: string[] = [];
  for (const raw of lines.reverse()) {
    const line = raw.trim();
    if (!line.startsWith("#")) break;
    block.unshift(line);
  }
  return block.join("\n");
}
