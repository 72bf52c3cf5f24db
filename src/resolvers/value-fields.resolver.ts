import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { edgeLabel, publicProperties } from "../domain/graph.rules";
import { convertAmount } from "../domain/money.rules";
import { Money } from "../schema/money.type";
import { Relationship } from "../schema/relation.type";

/** Money as the translator reads it (stored.projection.ts): `on` is the date whose rate values it. */
interface StoredMoney {
  amount: number | null;
  currency: string;
  on: string | null;
}

/** The rate for a yen amount (the rate table is read once per process, so this costs no statement after the first). */
async function rateOf(m: StoredMoney, ctx: RequestContext) {
  if (m.currency !== "JPY") return null;
  await ctx.rates.ensure(ctx.db);
  return ctx.rates.rateFor(m.on) ?? null;
}

/** The US-dollar value of an amount, at the exchange rate of its date. */
@Resolver(() => Money)
export class MoneyFieldsResolver {
  @FieldResolver()
  async usd(@Root() m: StoredMoney, @Ctx() ctx: RequestContext): Promise<number | null> {
    if (m.amount === null) return null;
    if (m.currency === "USD") return m.amount;
    const rate = await rateOf(m, ctx);
    return rate ? convertAmount(m.amount, "JPY", "USD", rate.yenPerUsd) : null;
  }

  @FieldResolver()
  rate(@Root() m: StoredMoney, @Ctx() ctx: RequestContext) {
    return rateOf(m, ctx);
  }
}

/** A relationship's caption and public properties, from all its stored properties (`stored`). */
@Resolver(() => Relationship)
export class RelationshipFieldsResolver {
  @FieldResolver()
  label(@Root() r: { type: string; stored: Record<string, unknown> }): string {
    return edgeLabel(r.type, r.stored);
  }

  @FieldResolver()
  properties(@Root() r: { stored: Record<string, unknown> }): Record<string, unknown> {
    return publicProperties(r.stored, false);
  }
}
