import { Field, ID, InterfaceType } from "type-graphql";

/** Values from node(s) carry the GraphQL type of what was found; an entity's kind is its type. */
export const nodeTypeName = (value: { __node?: string; kind?: string }): string | undefined =>
  value.__node ?? value.kind;

/**
 * Relay's `Node`: anything with an id unique across the whole graph (entities, events, relationships and
 * exchange rates), so a client can refetch it with `node(id)` and cache it by id.
 */
@InterfaceType({
  description:
    "Anything with an id unique across the whole graph: every entity, event, relationship and exchange rate. Refetch it with `node(id)`.",
  resolveType: nodeTypeName,
})
export abstract class Node {
  @Field(() => ID, { description: "The id, unique across entities, events, relationships and exchange rates." })
  id!: string;
}
