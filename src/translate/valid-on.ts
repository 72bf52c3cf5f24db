/**
 * Whether relationship `r` holds on the date `date` (a Cypher expression, e.g. a parameter): started by then
 * (or no start known) and not ended by then. Dates are strings at their own precision (YYYY, YYYY-MM,
 * YYYY-MM-DD), compared as text.
 */
export function validOn(r: string, date: string): string {
  return `(${r}.since IS NULL OR ${r}.since <= ${date}) AND (${r}.until IS NULL OR ${r}.until > ${date})`;
}
