import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../context";
import { convert, exchangeRates } from "../domain/rates.store";
import { Conversion, ExchangeRate } from "../schema/exchange-rate.type";
import { ConvertArgs, ExchangeRatesArgs } from "../schema/money.args";

@Resolver()
export class MoneyResolver {
  @Query(() => [ExchangeRate], {
    description:
      "The report's exchange-rate table: convenience rate, spot rate, fiscal-year and monthly rows.",
  })
  exchangeRates(@Args(() => ExchangeRatesArgs) a: ExchangeRatesArgs, @Ctx() ctx: RequestContext) {
    return exchangeRates(ctx.db, a.kinds?.length ? a.kinds : null);
  }

  @Query(() => Conversion, {
    description:
      "Converts between yen and US dollars at the report's rates, and says which rate it used.",
  })
  convert(@Args(() => ConvertArgs) a: ConvertArgs, @Ctx() ctx: RequestContext) {
    return convert(ctx.db, ctx.rates, a.amount, a.from, a.to, a.on ?? null);
  }
}
