import { GraphQLJSONObject } from "graphql-scalars";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "A node ready for graph libraries (Cytoscape.js, graphology, vis-network, d3)." })
export class GraphNode {
  @Field(() => ID, { description: "The node's stable id." })
  id!: string;

  @Field(() => String, { description: "Caption to draw: the node's name." })
  label!: string;

  @Field(() => String, { description: "Kind: Company, Person, GovernmentBody, RiskFactor, FinancialFigure or an event kind." })
  kind!: string;

  @Field(() => Boolean, { description: "True for events (n-ary facts), false for entities." })
  isEvent!: boolean;

  @Field(() => GraphQLJSONObject, { description: "All stored properties, with `citations` as a list of {section, quote, offset}." })
  properties!: Record<string, unknown>;
}

@ObjectType({ simpleResolvers: true, description: "A relationship ready for graph libraries: `source` and `target` are node ids." })
export class GraphEdge {
  @Field(() => ID, { description: "The relationship's stable id." })
  id!: string;

  @Field(() => String, { description: "Id of the start node." })
  source!: string;

  @Field(() => String, { description: "Id of the end node." })
  target!: string;

  @Field(() => String, { description: "Relationship type, e.g. OWNS." })
  type!: string;

  @Field(() => String, { description: "Caption with the key figure, e.g. `OWNS 29.7%`, `SUPPLIES 66.2%`." })
  label!: string;

  @Field(() => GraphQLJSONObject, { description: "All stored properties, with `citations` as a list of {section, quote, offset}." })
  properties!: Record<string, unknown>;
}

@ObjectType({ simpleResolvers: true, description: "Distinct nodes and the relationships among them." })
export class Graph {
  @Field(() => [GraphNode], { description: "Distinct nodes; the start node first where there is one." })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: "Distinct relationships whose both ends are in `nodes`." })
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: "True when the node limit cut the result short." })
  truncated!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "A path: nodes in order and the relationships between consecutive nodes." })
export class Path {
  @Field(() => [GraphNode], { description: "Nodes from the start to the end of the path." })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: "Relationships along the path (each in its stored direction)." })
  relationships!: GraphEdge[];

  @Field(() => Int, { description: "Number of relationships." })
  length!: number;
}

@ObjectType({ simpleResolvers: true, description: "An ownership path with the stake of each link and their product." })
export class OwnershipPath extends Path {
  @Field(() => [Float], { nullable: "items", description: "Stake (percent) of each OWNS link in path order; null where the report gives none." })
  stakes!: Array<number | null>;

  @Field(() => Float, {
    nullable: true,
    description: "Product of the stakes along the path, in percent; null when any stake is unknown (never 0 or 100).",
  })
  effectivePercentage!: number | null;
}
