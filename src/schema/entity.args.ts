import { ArgsType, Field, ID, Int } from "type-graphql";
import { IsOptional, Max, MaxLength, Min, MinLength } from "class-validator";
import { EntityKind } from "./enums";
import { IsSlug } from "./validators";
import { EntitySort, EventSort } from "./sort.input";
import { EntityWhere, EventWhere } from "./where.input";

@ArgsType()
export class EntityArgs {
  @Field(() => ID, { description: "Entity id, e.g. `iij`." })
  @MaxLength(100)
  @IsSlug()
  id!: string;
}

/** Relay paging: `first` items after the cursor `after`. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: "Page size, 1-100." })
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, { nullable: true, description: "Cursor from `pageInfo.endCursor` of the previous page." })
  @IsOptional()
  @MaxLength(200)
  after?: string;
}

@ArgsType()
export class EntitiesArgs extends PageArgs {
  @Field(() => EntityKind, { nullable: true, description: "Only entities of this kind; all kinds when omitted." })
  kind?: EntityKind;

  @Field(() => EntityWhere, {
    nullable: true,
    description:
      "Only the entities this filter keeps, e.g. `{ holdings: { some: { percentage: { gte: 50 } } } }`; `totalCount` counts them.",
  })
  where?: Record<string, unknown>;

  @Field(() => [EntitySort], {
    nullable: true,
    description:
      "The order, key by key (at most 5), then by id, e.g. `[{ holdings: { count: DESC } }, { name: ASC }]`; by id when omitted. Cursors hold the sort keys, so they stay valid for the same order.",
  })
  orderBy?: Array<Record<string, unknown>>;
}

@ArgsType()
export class SearchArgs {
  @Field(() => String, { description: 'Words to find in names and aliases, e.g. "NTT Com" or "IIJ-Tech"; prefixes match.' })
  @MinLength(1)
  @MaxLength(200)
  text!: string;

  @Field(() => Int, { defaultValue: 10, description: "Maximum hits, 1-50." })
  @Min(1)
  @Max(50)
  first!: number;

  @Field(() => EntityWhere, {
    nullable: true,
    description: "Only the hits this filter keeps (before `first`), e.g. `{ kind: { eq: Company } }`.",
  })
  where?: Record<string, unknown>;
}

@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => EventWhere, {
    nullable: true,
    description: "Only the events this filter keeps, e.g. `{ participants: { some: { entity: { id: { eq: \"iij\" } } } } }`.",
  })
  where?: Record<string, unknown>;

  @Field(() => [EventSort], {
    nullable: true,
    description: "The order, key by key (at most 5), then by id; by id when omitted. Cursors hold the sort keys.",
  })
  orderBy?: Array<Record<string, unknown>>;
}
