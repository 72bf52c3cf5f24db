import { Field, Float, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "An exchange rate used for a US-dollar figure: yen per US$1.00." })
export class RateUsed {
  @Field(() => Float, { description: "Yen per US$1.00." })
  yenPerUsd!: number;

  @Field(() => String, {
    description: "Which rate: CONVENIENCE (¥117.56, March 31, 2007), SPOT, FISCAL_YEAR or MONTH average.",
  })
  kind!: string;

  @Field(() => String, { description: "The period or day the rate belongs to (e.g. FY2007, 2007-04, 2007-03-31)." })
  period!: string;

  @Field(() => String, { description: "Id of the ExchangeRate row in the graph." })
  rateId!: string;
}

@ObjectType({ simpleResolvers: true, description: "An amount of money as the source states it, with its US-dollar value." })
export class Money {
  @Field(() => Float, {
    nullable: true,
    description: "Amount in `currency` units; null when the source figure is garbled (see `raw`).",
  })
  amount!: number | null;

  @Field(() => String, { description: "ISO 4217 currency code of `amount` (JPY for the report's yen figures)." })
  currency!: string;

  @Field(() => Float, { nullable: true, description: "Value in US dollars at `rate`; null when `amount` is null." })
  usd!: number | null;

  @Field(() => RateUsed, { nullable: true, description: "The rate used for `usd`; null for US-dollar amounts." })
  rate!: RateUsed | null;

  @Field(() => Boolean, { description: 'True when the source says "approximately".' })
  approximate!: boolean;

  @Field(() => Boolean, { description: "True when the source text of the figure is damaged; `raw` keeps it." })
  uncertain!: boolean;

  @Field(() => String, { nullable: true, description: "The figure's text as it stands in the source, when uncertain." })
  raw!: string | null;
}
