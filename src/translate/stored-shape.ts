import { citationsOf } from "../model/stored-values";
import { isHop } from "../schema/relationship-hops.rule";
import type { StoredRelationship } from "../model/stored-relationship";
import type { Shaped, ShapedEntity } from "./shaped";
import type { RootInfo } from "./translate";
import { possibleTypes, selectedFields } from "./walk";

type Props = Record<string, unknown>;

/**
 * An entity's stored properties shaped as the translator projects its own fields (entity.projection.ts), for
 * reads that rebuild a state in TypeScript instead of reading it in Cypher (what the graph said at `knownAt`).
 * Relationship fields are not there: such reads refuse selections that ask for them.
 */
export function shapeStoredEntity(props: Props): ShapedEntity {
  const currency = props.amountCurrency;
  return {
    ...props,
    id: String(props.id),
    kind: String(props.kind),
    name: props.name ?? props.id,
    summary: props.summary ?? "",
    aliases: props.aliases ?? [],
    citations: citationsOf(props),
    amount:
      typeof currency === "string"
        ? {
            amount: props.amount ?? null,
            currency,
            approximate: props.amountApproximate === true,
            uncertain: props.amountUncertain === true,
            raw: props.amountRaw ?? null,
            on: null,
          }
        : null,
  };
}

/** A relationship's stored properties shaped as relationship.projection.ts projects a `Relationship`. */
export function shapeStoredRelationship(r: StoredRelationship): Shaped & { id: string } {
  return {
    id: r.id,
    type: r.type,
    source: r.source,
    target: r.target,
    since: r.props.since ?? null,
    until: r.props.until ?? null,
    asOf: r.props.asOf ?? null,
    stored: r.props,
    citations: citationsOf(r.props),
  };
}

/**
 * The relationship fields (hops: `owners`, `events`, `history`, ...) selected on the entity under the root field,
 * for reads that rebuild only the entity's own fields and must refuse them rather than answer them empty.
 */
export function relationshipFieldsSelected(info: RootInfo): string[] {
  const entity = info.schema.getType("Entity");
  if (!entity) return [];
  const names = new Set<string>();
  for (const type of possibleTypes(entity, info)) {
    for (const field of selectedFields(info.fieldNodes, type, info)) {
      if (isHop(type, field.definition)) names.add(field.name);
    }
  }
  return [...names].sort();
}
