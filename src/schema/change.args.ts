import { ArrayMaxSize, IsOptional, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, ID, Int } from "type-graphql";
import { ChangeItemKind } from "./change.type";
import { EntityArgs } from "./entity.args";
import { RelationshipsArgs } from "./relations.args";
import { IsSlug } from "./validators";

/** An item's change records, newest first. */
@ArgsType()
export class HistoryArgs {
  @Field(() => Int, { defaultValue: 20, description: "Page size, 1-100." })
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, { nullable: true, description: "Cursor of a change: only older ones (from `pageInfo.endCursor`)." })
  @IsOptional()
  @MaxLength(100)
  after?: string;
}

/** Which changes a client follows: the `changes` feed and the `changed` subscription. */
@ArgsType()
export class ChangeFilterArgs {
  @Field(() => [ChangeItemKind], { nullable: true, description: "Only changes of these kinds of item; all when omitted." })
  @IsOptional()
  @ArrayMaxSize(4)
  kinds?: ChangeItemKind[];

  @Field(() => [ID], { nullable: true, description: "Only changes of these items (at most 100 ids); all when omitted." })
  @IsOptional()
  @ArrayMaxSize(100)
  @MaxLength(100, { each: true })
  @IsSlug()
  ids?: string[];
}

@ArgsType()
export class ChangesArgs extends ChangeFilterArgs {
  @Field(() => String, { nullable: true, description: "Cursor of a change: only later ones. Omitted: from the start of the log (change 0)." })
  @IsOptional()
  @MaxLength(100)
  after?: string;

  @Field(() => Int, { defaultValue: 100, description: "Page size, 1-500." })
  @Min(1)
  @Max(500)
  first!: number;
}

@ArgsType()
export class ChangedArgs extends ChangeFilterArgs {
  @Field(() => String, { nullable: true, description: "Cursor of the last change received: every later one is sent first, then live ones. Omitted: only changes from now on." })
  @IsOptional()
  @MaxLength(100)
  after?: string;
}

const KNOWN_AT = {
  nullable: true,
  description:
    "Record time: answer as the graph recorded it at this moment (ISO 8601 date-time with a zone), reconstructed from the change log. `asOf` is world time: when a fact holds.",
};

@ArgsType()
export class EntityAtArgs extends EntityArgs {
  @Field(() => String, KNOWN_AT)
  @IsOptional()
  @MaxLength(40)
  knownAt?: string;
}

@ArgsType()
export class RelationshipsAtArgs extends RelationshipsArgs {
  @Field(() => String, KNOWN_AT)
  @IsOptional()
  @MaxLength(40)
  knownAt?: string;
}
