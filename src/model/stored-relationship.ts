/**
 * A relationship (other than INVOLVES) as the write and change-log statements return it and as a change record's
 * `before`/`after` holds it: `{id, type, source, target, props}` (see cypher/changes/snapshot-relationships.cypher).
 */
export interface StoredRelationship {
  id: string;
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}
