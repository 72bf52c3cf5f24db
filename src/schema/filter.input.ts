import { Field, Float, ID, InputType, Int } from "type-graphql";
import { CompanyStatus, Consolidation, EntityKind, EventKind, RelationshipType } from "./enums";

/*
 * The operators of `where` filters, one input per value type. Every operator given must hold (they are ANDed);
 * a value that is absent (null) meets no operator but `isNull: true`. The bounds (list and string lengths,
 * nesting) are checked where filters are turned into Cypher (src/translate/where.ts), for literal and
 * variable filters alike, with the path of the offending field.
 */

@InputType({ description: "Conditions on a text value. At most 100 values in `in`, 200 characters in a string." })
export class StringFilter {
  @Field(() => String, { nullable: true, description: "Equal to." })
  eq?: string;

  @Field(() => [String], { nullable: true, description: "Equal to one of these." })
  in?: string[];

  @Field(() => String, { nullable: true, description: "Contains this text." })
  contains?: string;

  @Field(() => String, { nullable: true, description: "Starts with this text." })
  startsWith?: string;

  @Field(() => String, { nullable: true, description: "Ends with this text." })
  endsWith?: string;

  @Field(() => Boolean, { nullable: true, description: "True: the value is absent. False: it is present." })
  isNull?: boolean;

  @Field(() => Boolean, { defaultValue: false, description: "Compare ignoring case (both sides lower-cased)." })
  caseInsensitive?: boolean;
}

@InputType({ description: "Conditions on a number. At most 100 values in `in`." })
export class FloatFilter {
  @Field(() => Float, { nullable: true, description: "Equal to." })
  eq?: number;

  @Field(() => [Float], { nullable: true, description: "Equal to one of these." })
  in?: number[];

  @Field(() => Float, { nullable: true, description: "Greater than." })
  gt?: number;

  @Field(() => Float, { nullable: true, description: "Greater than or equal to." })
  gte?: number;

  @Field(() => Float, { nullable: true, description: "Less than." })
  lt?: number;

  @Field(() => Float, { nullable: true, description: "Less than or equal to." })
  lte?: number;

  @Field(() => Boolean, { nullable: true, description: "True: the value is absent. False: it is present." })
  isNull?: boolean;
}

@InputType({ description: "Conditions on a count." })
export class IntFilter {
  @Field(() => Int, { nullable: true, description: "Equal to." })
  eq?: number;

  @Field(() => Int, { nullable: true, description: "Greater than." })
  gt?: number;

  @Field(() => Int, { nullable: true, description: "Greater than or equal to." })
  gte?: number;

  @Field(() => Int, { nullable: true, description: "Less than." })
  lt?: number;

  @Field(() => Int, { nullable: true, description: "Less than or equal to." })
  lte?: number;
}

@InputType({
  description:
    "Conditions on a date stored at its own precision (YYYY, YYYY-MM or YYYY-MM-DD). Two dates are compared at the " +
    "coarser of their precisions, as `asOf` compares them: `2003-09` equals `2003` and is greater than `2002-12-31`.",
})
export class DateFilter {
  @Field(() => String, { nullable: true, description: "The same date, at the coarser precision." })
  eq?: string;

  @Field(() => String, { nullable: true, description: "After." })
  gt?: string;

  @Field(() => String, { nullable: true, description: "On or after." })
  gte?: string;

  @Field(() => String, { nullable: true, description: "Before." })
  lt?: string;

  @Field(() => String, { nullable: true, description: "On or before." })
  lte?: string;

  @Field(() => Boolean, { nullable: true, description: "True: the date is absent. False: it is present." })
  isNull?: boolean;
}

@InputType({ description: "Conditions on an id. At most 100 values in `in`." })
export class IDFilter {
  @Field(() => ID, { nullable: true, description: "Equal to." })
  eq?: string;

  @Field(() => [ID], { nullable: true, description: "One of these." })
  in?: string[];
}

@InputType({ description: "Conditions on a yes/no value (absent counts as false)." })
export class BooleanFilter {
  @Field(() => Boolean, { nullable: true, description: "Equal to." })
  eq?: boolean;
}

@InputType({ description: "Conditions on an entity's kind." })
export class EntityKindFilter {
  @Field(() => EntityKind, { nullable: true, description: "Equal to." })
  eq?: EntityKind;

  @Field(() => [EntityKind], { nullable: true, description: "One of these." })
  in?: EntityKind[];
}

@InputType({ description: "Conditions on a company's status." })
export class CompanyStatusFilter {
  @Field(() => CompanyStatus, { nullable: true, description: "Equal to." })
  eq?: CompanyStatus;

  @Field(() => [CompanyStatus], { nullable: true, description: "One of these." })
  in?: CompanyStatus[];

  @Field(() => Boolean, { nullable: true, description: "True: the status is absent. False: it is present." })
  isNull?: boolean;
}

@InputType({ description: "Conditions on how a holding is accounted for." })
export class ConsolidationFilter {
  @Field(() => Consolidation, { nullable: true, description: "Equal to." })
  eq?: Consolidation;

  @Field(() => [Consolidation], { nullable: true, description: "One of these." })
  in?: Consolidation[];

  @Field(() => Boolean, { nullable: true, description: "True: the report does not say. False: it does." })
  isNull?: boolean;
}

@InputType({ description: "Conditions on a relationship's type." })
export class RelationshipTypeFilter {
  @Field(() => RelationshipType, { nullable: true, description: "Equal to." })
  eq?: RelationshipType;

  @Field(() => [RelationshipType], { nullable: true, description: "One of these." })
  in?: RelationshipType[];
}

@InputType({ description: "Conditions on an event's kind." })
export class EventKindFilter {
  @Field(() => EventKind, { nullable: true, description: "Equal to." })
  eq?: EventKind;

  @Field(() => [EventKind], { nullable: true, description: "One of these." })
  in?: EventKind[];
}
