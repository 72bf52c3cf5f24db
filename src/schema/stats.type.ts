import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "A label or relationship type and how many the graph holds." })
export class NameCount {
  @Field(() => String, { description: "Label or relationship type." })
  name!: string;

  @Field(() => Int, { description: "Number of nodes with the label, or relationships of the type." })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: "Size of the knowledge graph, read from Neo4j." })
export class Stats {
  @Field(() => Int, { description: "Number of nodes." })
  nodes!: number;

  @Field(() => Int, {
    description: "Number of relationships: the sum of `relationshipTypes`, counted in the same read.",
  })
  relationships!: number;

  @Field(() => [NameCount], { description: "Nodes per label, sorted by label." })
  labels!: NameCount[];

  @Field(() => [NameCount], { description: "Relationships per type, sorted by type." })
  relationshipTypes!: NameCount[];
}
