import { Field, Float, ID, ObjectType } from "type-graphql";
import { Node } from "./node.type";
import { Citation } from "./citation.type";
import { RateKind } from "./money.args";
import { RateUsed } from "./money.type";

@ObjectType({ simpleResolvers: true, implements: [Node], description: "A row of the report's exchange-rate table (yen per US$1.00, Federal Reserve Bank of New York noon buying rates)." })
export class ExchangeRate implements Node {
  @Field(() => ID, { description: "Stable id, e.g. `rate-fy2007`." })
  id!: string;

  @Field(() => RateKind, { description: "Convenience rate, spot rate, fiscal-year or month row." })
  kind!: RateKind;

  @Field(() => String, { description: "The period: FY2007 (year ended March 31, 2007), 2007-04, or the day." })
  period!: string;

  @Field(() => String, { description: "First day of the period." })
  start!: string;

  @Field(() => String, { description: "Last day of the period (July 2007 runs through July 3)." })
  end!: string;

  @Field(() => Float, { nullable: true, description: "The rate: the convenience or spot rate, or the period-end rate." })
  rate!: number | null;

  @Field(() => Float, { nullable: true, description: "Highest rate in the period." })
  high!: number | null;

  @Field(() => Float, { nullable: true, description: "Lowest rate in the period." })
  low!: number | null;

  @Field(() => Float, { nullable: true, description: "Average rate in the period (see the table's footnote)." })
  average!: number | null;

  @Field(() => Float, { nullable: true, description: "Rate on the last day of the period." })
  periodEnd!: number | null;

  @Field(() => [Citation], { description: "The table line or sentence it comes from." })
  citations!: Citation[];
}

@ObjectType({ simpleResolvers: true, description: "The result of a currency conversion and the rate it used." })
export class Conversion {
  @Field(() => Float, { description: "The amount given." })
  amount!: number;

  @Field(() => String, { description: "Its currency." })
  from!: string;

  @Field(() => String, { description: "The currency converted to." })
  to!: string;

  @Field(() => Float, { description: "The converted amount (cents for USD, whole yen for JPY)." })
  result!: number;

  @Field(() => RateUsed, { description: "The rate used." })
  rate!: RateUsed;
}
