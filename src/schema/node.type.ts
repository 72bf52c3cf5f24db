import { Field, ID, InterfaceType } from "type-graphql";

/**
 * Relay's `Node`: anything with an id unique across the whole graph (entities, events, relationships and
 * exchange rates), so a client can refetch it with `node(id)` and cache it by id.
 */
@InterfaceType({
  description:
    "Anything with an id unique across the whole graph: every entity, event, relationship and exchange rate. Refetch it with `node(id)`.",
  // Values from node(s) carry the GraphQL type of what was found; an entity's kind is its type.
  resolveType: (value: { __node?: string; kind?: string }) => value.__node ?? value.kind,
})
export abstract class Node {
  @Field(() => ID, { description: "The id, unique across entities, events, relationships and exchange rates." })
  id!: string;
}
