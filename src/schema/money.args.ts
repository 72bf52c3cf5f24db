import { ArgsType, Field, Float, registerEnumType } from "type-graphql";
import { IsOptional, Max, Min } from "class-validator";
import { IsPartialDate } from "./validators";

export enum Currency {
  JPY = "JPY",
  USD = "USD",
}
registerEnumType(Currency, { name: "Currency", description: "Currencies the report's rates convert between." });

export enum RateKind {
  CONVENIENCE = "CONVENIENCE",
  SPOT = "SPOT",
  FISCAL_YEAR = "FISCAL_YEAR",
  MONTH = "MONTH",
}
registerEnumType(RateKind, {
  name: "RateKind",
  description: "CONVENIENCE: the report's translation rate; SPOT: a day's noon buying rate; FISCAL_YEAR / MONTH: period rows of the table.",
});

@ArgsType()
export class ExchangeRatesArgs {
  @Field(() => [RateKind], { nullable: true, description: "Only these kinds of rate; all when omitted." })
  @IsOptional()
  kinds?: RateKind[];
}

@ArgsType()
export class ConvertArgs {
  @Field(() => Float, { description: "Amount to convert, 0 to 1e15." })
  @Min(0)
  @Max(1e15)
  amount!: number;

  @Field(() => Currency, { defaultValue: Currency.JPY, description: "Currency of `amount`." })
  from!: Currency;

  @Field(() => Currency, { defaultValue: Currency.USD, description: "Currency to convert to." })
  to!: Currency;

  @Field(() => String, {
    nullable: true,
    description: "Use the rate for this date (that day's noon buying rate, else the month's or fiscal year's average); the convenience rate when omitted.",
  })
  @IsOptional()
  @IsPartialDate()
  on?: string;
}
