import { Field, InputType, registerEnumType } from "type-graphql";

export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(SortDirection, {
  name: "SortDirection",
  description: "ASC: smallest first, absent values last. DESC: absent values first, then largest first.",
});

/*
 * `orderBy` of a list: a list of sort keys, each input naming exactly one field. Ties are broken by the next
 * key, and last by id, so the order is total and cursors stay valid. src/translate/order-by.ts turns them into
 * Cypher.
 */

const MIN = "By the smallest value (absent when the list has none).";
const MAX = "By the largest value (absent when the list has none).";
const AVG = "By the mean of the values given (absent when none is).";
const SUM = "By the sum of the values given (0 when none is).";
const COUNT = "By the number of items.";

@InputType({ description: "An aggregate of a number over a relationship list, to sort by; name exactly one." })
export class AggregateSort {
  @Field(() => SortDirection, { nullable: true, description: MIN })
  min?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: MAX })
  max?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: AVG })
  avg?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: SUM })
  sum?: SortDirection;
}

@InputType({ description: "Sort by the length of a relationship list." })
export class CountSort {
  @Field(() => SortDirection, { nullable: true, description: COUNT })
  count?: SortDirection;
}

@InputType({ description: "Sort by the stakes of a list: their number, or an aggregate of their percentages; name exactly one." })
export class OwnershipAggregateSort {
  @Field(() => SortDirection, { nullable: true, description: COUNT })
  count?: SortDirection;

  @Field(() => AggregateSort, { nullable: true, description: "An aggregate of the stakes' percentages." })
  percentage?: AggregateSort;
}

@InputType({ description: "Sort by the supply relationships of a list: their number, or an aggregate of their cost shares; name exactly one." })
export class SupplyAggregateSort {
  @Field(() => SortDirection, { nullable: true, description: COUNT })
  count?: SortDirection;

  @Field(() => AggregateSort, { nullable: true, description: "An aggregate of the cost shares." })
  costShare?: AggregateSort;
}

@InputType({
  description:
    "One sort key of a list of entities: name exactly one field, e.g. `{ name: ASC }` or `{ holdings: { count: DESC } }`.",
})
export class EntitySort {
  @Field(() => SortDirection, { nullable: true, description: "By id." })
  id?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By display name." })
  name?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By kind." })
  kind?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By country code (companies and government bodies)." })
  country?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By status (companies)." })
  status?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By short name." })
  shortName?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By the date a financial figure is as of (as text)." })
  asOf?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By fiscal year (financial figures)." })
  fiscalYear?: SortDirection;

  @Field(() => OwnershipAggregateSort, { nullable: true, description: "By its owners (incoming OWNS)." })
  owners?: OwnershipAggregateSort;

  @Field(() => OwnershipAggregateSort, { nullable: true, description: "By its holdings (outgoing OWNS)." })
  holdings?: OwnershipAggregateSort;

  @Field(() => CountSort, { nullable: true, description: "By its competitors." })
  competitors?: CountSort;

  @Field(() => SupplyAggregateSort, { nullable: true, description: "By its suppliers." })
  suppliers?: SupplyAggregateSort;

  @Field(() => SupplyAggregateSort, { nullable: true, description: "By its customers." })
  customers?: SupplyAggregateSort;

  @Field(() => CountSort, { nullable: true, description: "By its officers." })
  officers?: CountSort;

  @Field(() => CountSort, { nullable: true, description: "By the positions it holds." })
  positions?: CountSort;

  @Field(() => CountSort, { nullable: true, description: "By the risk factors that concern it." })
  riskFactors?: CountSort;

  @Field(() => CountSort, { nullable: true, description: "By its financial figures." })
  figures?: CountSort;

  @Field(() => CountSort, { nullable: true, description: "By its relationships of any type." })
  relationships?: CountSort;
}

@InputType({ description: "One sort key of a list of relationships: name exactly one field, e.g. `{ percentage: DESC }`." })
export class RelationshipSort {
  @Field(() => SortDirection, { nullable: true, description: "By id." })
  id?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By type." })
  type?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By start of validity (as text)." })
  since?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By end of validity (as text)." })
  until?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By the date it is stated as of (as text)." })
  asOf?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By stake percentage (OWNS; others have none)." })
  percentage?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By cost share (SUPPLIES; others have none)." })
  costShare?: SortDirection;
}

@InputType({ description: "One sort key of a list of events: name exactly one field, e.g. `{ date: DESC }`." })
export class EventSort {
  @Field(() => SortDirection, { nullable: true, description: "By id." })
  id?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By caption." })
  name?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By kind." })
  kind?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By date (as text: a year sorts before its months)." })
  date?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By stake." })
  stake?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By amount, in its own currency." })
  amount?: SortDirection;
}

@InputType({ description: "One sort key of a list of stakes: name exactly one field." })
export class OwnershipSort {
  @Field(() => SortDirection, { nullable: true, description: "By the relationship's id." })
  id?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By stake percentage." })
  percentage?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By the date the stake is stated as of (as text)." })
  asOf?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By since when it is held (as text)." })
  since?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By until when it was held (as text)." })
  until?: SortDirection;
}

@InputType({ description: "One sort key of a list of supply relationships: name exactly one field." })
export class SupplySort {
  @Field(() => SortDirection, { nullable: true, description: "By the relationship's id." })
  id?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By cost share." })
  costShare?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By what is supplied." })
  what?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By fiscal year." })
  fiscalYear?: SortDirection;
}

@InputType({ description: "One sort key of a list of positions: name exactly one field." })
export class PositionSort {
  @Field(() => SortDirection, { nullable: true, description: "By the relationship's id." })
  id?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By role." })
  role?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By since when it is held (as text)." })
  since?: SortDirection;

  @Field(() => SortDirection, { nullable: true, description: "By until when it was held (as text)." })
  until?: SortDirection;
}
