import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType({
  simpleResolvers: true,
  description: "Aggregates of a number over a list's items; absent values are left out (all absent: null, sum 0).",
})
export class FloatAggregate {
  @Field(() => Float, { nullable: true, description: "The smallest value." })
  min!: number | null;

  @Field(() => Float, { nullable: true, description: "The largest value." })
  max!: number | null;

  @Field(() => Float, { nullable: true, description: "The mean of the values given." })
  avg!: number | null;

  @Field(() => Float, { description: "The sum of the values given (0 when none is)." })
  sum!: number;
}

@ObjectType({ simpleResolvers: true, description: "The size of a relationship list (after its filter)." })
export class ListAggregate {
  @Field(() => Int, { description: "How many items." })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: "Aggregates of a list of stakes (after its filter)." })
export class OwnershipAggregate extends ListAggregate {
  @Field(() => FloatAggregate, { description: "Of the stakes' percentages (stakes without one left out)." })
  percentage!: FloatAggregate;
}

@ObjectType({ simpleResolvers: true, description: "Aggregates of a list of supply relationships (after its filter)." })
export class SupplyAggregate extends ListAggregate {
  @Field(() => FloatAggregate, { description: "Of the cost shares (those not given left out)." })
  costShare!: FloatAggregate;
}
