import type { Walk } from "./walk";

/**
 * The state of one translation: the parameters collected so far (every value the selection brings goes in as a
 * parameter, `$p1`, `$p2`, ...; root statements never use these names) and the Cypher variables handed out.
 */
export class Translation {
  readonly params: Record<string, unknown> = {};
  private paramCount = 0;
  private variableCount = 0;

  constructor(
    readonly walk: Walk,
    /**
     * Whether the SUPPORTS links of what the statement reads are written: not when it reads a write's answer
     * in the write's own transaction (they are merged after it commits, see domain/supports.store.ts).
     */
    readonly linksWritten = true,
  ) {}

  /** A new parameter holding `value`; returns its reference (`$p3`). */
  param(value: unknown): string {
    const name = `p${++this.paramCount}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** A fresh Cypher variable name (`c4`). */
  variable(prefix: string): string {
    return `${prefix}${++this.variableCount}`;
  }

  /** Fresh variable names sharing one number, for what a subquery binds together (`r5`, `o5`). */
  variables<const P extends readonly string[]>(...prefixes: P): { [K in keyof P]: string } {
    const n = ++this.variableCount;
    return prefixes.map((p) => `${p}${n}`) as { [K in keyof P]: string };
  }
}

/** A map key in Cypher: quoted when it is not a plain name (projection keys of aliased fields hold a colon). */
export const mapKey = (key: string): string =>
  /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `\`${key}\``;

/** A Cypher map literal from key/expression pairs. */
export const mapOf = (entries: ReadonlyArray<readonly [string, string]>): string =>
  `{${entries.map(([k, v]) => `${mapKey(k)}: ${v}`).join(", ")}}`;

/** Variable names for a projection that is a statement's only one (no translation to number them). */
export const FIXED_NAMES: Pick<Translation, "variables"> = {
  variables: <const P extends readonly string[]>(...prefixes: P) =>
    prefixes.map((p) => `${p}0`) as { [K in keyof P]: string },
};
