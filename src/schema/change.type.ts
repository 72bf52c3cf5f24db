import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Citation } from "./citation.type";
import { PageInfo } from "./connection.type";

export enum ChangeItemKind {
  GRAPH = "GRAPH",
  ENTITY = "ENTITY",
  RELATIONSHIP = "RELATIONSHIP",
  EVENT = "EVENT",
}
registerEnumType(ChangeItemKind, {
  name: "ChangeItemKind",
  description: "What a change is about; GRAPH is the seed load (change 0), which loaded the whole graph.",
});

export enum ChangeOperation {
  LOAD = "LOAD",
  CREATE = "CREATE",
  UPDATE = "UPDATE",
  DELETE = "DELETE",
}
registerEnumType(ChangeOperation, {
  name: "ChangeOperation",
  description: "What a change did: LOAD is the seed load; CREATE has no `before`, DELETE no `after`.",
});

@ObjectType({ simpleResolvers: true, description: "An immutable record of one write to one item, in the write's own transaction." })
export class Change {
  @Field(() => Int, { description: "Sequence number: strictly increasing, with no gaps, given once the write has committed and before its mutation answers; 0 is the seed load." })
  seq!: number;

  @Field(() => String, { description: "Opaque cursor of this change: pass it as `after` to `changes` or `changed` to go on from here." })
  cursor!: string;

  @Field(() => String, { description: "When the change was recorded (ISO 8601, UTC, the database's clock): the time `knownAt` reads compare with." })
  time!: string;

  @Field(() => String, { description: "Who wrote it: the subject (`sub`) of the editor's token; `seed` for the load." })
  actor!: string;

  @Field(() => String, { description: "The mutation that wrote it, e.g. `updateEntity` (a `deleteEntity` also records the relationships it deleted)." })
  mutation!: string;

  @Field(() => ChangeOperation, { description: "Created, updated, deleted, or the seed load." })
  operation!: ChangeOperation;

  @Field(() => ChangeItemKind, { description: "Kind of the item changed." })
  itemKind!: ChangeItemKind;

  @Field(() => ID, { description: "Id of the item changed (for the load, the source file)." })
  itemId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The item's stored state before the change; null when it was created. Relationships as `{id, type, source, target, props}`, events as `{props, participants}`." })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: "The item's stored state after the change; null when it was deleted. For the load, what it loaded, counted." })
  after!: Record<string, unknown> | null;

  @Field(() => [String], { description: "The properties whose values differ between `before` and `after`." })
  fields!: string[];

  @Field(() => [Citation], { description: "The citations the write gave (for a delete, the source saying the fact no longer stands)." })
  citations!: Citation[];
}

@ObjectType({ simpleResolvers: true, description: "A change in a page, with its cursor." })
export class ChangeEdge {
  @Field(() => Change, { description: "The change." })
  node!: Change;

  @Field(() => String, { description: "Opaque cursor of this change." })
  cursor!: string;
}

@ObjectType({ simpleResolvers: true, description: "A page of changes: the `changes` feed oldest first, an item's `history` newest first." })
export class ChangeConnection {
  @Field(() => [ChangeEdge], { description: "The changes of this page." })
  edges!: ChangeEdge[];

  @Field(() => PageInfo, { description: "Where this page stands; `endCursor` is where to go on from (also when the page is empty, for the feed)." })
  pageInfo!: PageInfo;
}
