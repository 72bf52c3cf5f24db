/**
 * A value the translator shaped like its GraphQL answer: plain fields under their names, fields with
 * arguments under their projection keys (projection-key.ts). Entities always carry `id` and `kind`.
 */
export type Shaped = Record<string, unknown>;

export interface ShapedEntity extends Shaped {
  id: string;
  kind: string;
}

/** The first item of a one-item list, bound to `variable` so that projections can match from it. */
export const bind = (expression: string, variable: string, body: string): string =>
  `head([${variable} IN [${expression}] | ${body}])`;
