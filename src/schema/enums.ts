import { registerEnumType } from "type-graphql";
import {
  CompanyStatus,
  Consolidation,
  EntityKind,
  EventKind,
  RelationshipType,
  Segment,
} from "../model/vocabulary";

/** The graph's vocabulary (src/model/vocabulary.ts) as GraphQL enums, and the API's own enums. */
export { CompanyStatus, Consolidation, EntityKind, EventKind, RelationshipType, Segment };

registerEnumType(EntityKind, {
  name: "EntityKind",
  description: "Kind of entity; equals the node's label in Neo4j and the GraphQL type name.",
});

registerEnumType(CompanyStatus, { name: "CompanyStatus", description: "Status of a company as the report describes it." });

registerEnumType(RelationshipType, {
  name: "RelationshipType",
  description: "Relationship types of the graph; equal to the Neo4j relationship types.",
});

registerEnumType(Segment, { name: "Segment", description: "Business segment in which companies compete." });

registerEnumType(Consolidation, {
  name: "Consolidation",
  description: "How the owner accounts for the holding: consolidated subsidiary, equity-method investee, or neither.",
});

export enum Direction {
  OUT = "OUT",
  IN = "IN",
  BOTH = "BOTH",
}
registerEnumType(Direction, {
  name: "Direction",
  description: "Relationship direction seen from the start entity: OUT (it is the source), IN (the target), BOTH.",
});

export enum ChainDirection {
  UP = "UP",
  DOWN = "DOWN",
}
registerEnumType(ChainDirection, {
  name: "ChainDirection",
  description: "UP: who owns the entity, transitively. DOWN: what the entity holds, transitively.",
});

registerEnumType(EventKind, { name: "EventKind", description: "Kind of event; equals its second label in Neo4j." });
