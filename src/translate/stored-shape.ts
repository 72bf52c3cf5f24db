import { citationsOf } from "../model/stored-values";
import type { Shaped, ShapedEntity } from "./shaped";

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
export function shapeStoredRelationship(r: {
  id: string;
  type: string;
  source: string;
  target: string;
  props: Props;
}): Shaped & { id: string } {
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
