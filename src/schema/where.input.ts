import { Field, InputType } from "type-graphql";
import {
  BooleanFilter,
  CompanyStatusFilter,
  ConsolidationFilter,
  DateFilter,
  EntityKindFilter,
  EventKindFilter,
  FloatFilter,
  IDFilter,
  IntFilter,
  RelationshipTypeFilter,
  StringFilter,
} from "./filter.input";

/*
 * `where` filters: one input per type the API lists, its fields named as the type's own (a stored value, or an
 * entity at one end of a relationship), with AND / OR / NOT; and on an entity, a quantifier over each of its
 * relationship lists. Several fields in one input must all hold. src/translate/where.ts turns them into Cypher
 * by reading these types: a field's input type says how it is compared.
 */

/**
 * The TypeScript type of a nested filter field: its GraphQL type is in the decorator. Typed loosely because the
 * filters refer to each other in a cycle, and decorator metadata would otherwise name a class not yet defined.
 */
type Nested = Record<string, unknown>;

const AND = "Every one of these holds (an empty list always holds).";
const OR = "At least one of these holds (an empty list never holds).";
const NOT = "This does not hold.";
const SOME = "At least one item meets this.";
const NONE = "No item meets this.";
const ALL = "Every item meets this (so does an empty list).";
const SINGLE = "Exactly one item meets this.";
const COUNT = "The number of items (all of them, whatever `some` and the others say).";

@InputType({
  description:
    "Conditions on an entity. Fields that a kind does not have (e.g. `country` on a Person) are absent for it. " +
    "Each relationship list (`holdings`, `owners`, ...) takes a quantifier over its items.",
})
export class EntityWhere {
  @Field(() => IDFilter, { nullable: true, description: "Its id." })
  id?: IDFilter;

  @Field(() => StringFilter, { nullable: true, description: "Its display name." })
  name?: StringFilter;

  @Field(() => EntityKindFilter, { nullable: true, description: "Its kind." })
  kind?: EntityKindFilter;

  @Field(() => StringFilter, { nullable: true, description: "What the report says it is." })
  description?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: "Companies and government bodies." })
  shortName?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: "Companies." })
  legalName?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: "ISO 3166-1 alpha-2 code; companies and government bodies." })
  country?: StringFilter;

  @Field(() => CompanyStatusFilter, { nullable: true, description: "Companies." })
  status?: CompanyStatusFilter;

  @Field(() => StringFilter, { nullable: true, description: "Risk factors." })
  summary?: StringFilter;

  @Field(() => DateFilter, { nullable: true, description: "Financial figures: the date the figure is as of." })
  asOf?: DateFilter;

  @Field(() => StringFilter, { nullable: true, description: "Financial figures." })
  fiscalYear?: StringFilter;

  @Field(() => OwnershipListWhere, { nullable: true, description: "Who holds a stake in it (incoming OWNS)." })
  owners?: Nested;

  @Field(() => OwnershipListWhere, { nullable: true, description: "The stakes it holds (outgoing OWNS)." })
  holdings?: Nested;

  @Field(() => CompetitionListWhere, { nullable: true, description: "Whom it competes with (either direction)." })
  competitors?: Nested;

  @Field(() => SupplyListWhere, { nullable: true, description: "Who supplies it (incoming SUPPLIES)." })
  suppliers?: Nested;

  @Field(() => SupplyListWhere, { nullable: true, description: "Whom it supplies (outgoing SUPPLIES)." })
  customers?: Nested;

  @Field(() => PositionListWhere, { nullable: true, description: "People holding positions at it." })
  officers?: Nested;

  @Field(() => PositionListWhere, { nullable: true, description: "Positions it (a person) holds." })
  positions?: Nested;

  @Field(() => EntityListWhere, { nullable: true, description: "Risk factors that concern it." })
  riskFactors?: Nested;

  @Field(() => EntityListWhere, { nullable: true, description: "Financial figures stated about it." })
  figures?: Nested;

  @Field(() => RelationshipListWhere, { nullable: true, description: "Its relationships of any type, either direction." })
  relationships?: Nested;

  @Field(() => EventListWhere, { nullable: true, description: "The events it takes part in." })
  events?: Nested;

  @Field(() => [EntityWhere], { nullable: true, description: AND })
  AND?: Nested[];

  @Field(() => [EntityWhere], { nullable: true, description: OR })
  OR?: Nested[];

  @Field(() => EntityWhere, { nullable: true, description: NOT })
  NOT?: Nested;
}

@InputType({ description: "Conditions on a stake (OWNS): its figures and the entities at either end." })
export class OwnershipWhere {
  @Field(() => IDFilter, { nullable: true, description: "Its id." })
  id?: IDFilter;

  @Field(() => FloatFilter, { nullable: true, description: "Stake in percent." })
  percentage?: FloatFilter;

  @Field(() => DateFilter, { nullable: true, description: "The date it is stated as of." })
  asOf?: DateFilter;

  @Field(() => DateFilter, { nullable: true, description: "Since when it holds." })
  since?: DateFilter;

  @Field(() => DateFilter, { nullable: true, description: "Until when it held; absent while it holds." })
  until?: DateFilter;

  @Field(() => ConsolidationFilter, { nullable: true, description: "How the owner accounts for it." })
  consolidation?: ConsolidationFilter;

  @Field(() => BooleanFilter, { nullable: true, description: "Whether the stake or party includes affiliates." })
  includesAffiliates?: BooleanFilter;

  @Field(() => BooleanFilter, { nullable: true, description: "Whether the report calls it former." })
  former?: BooleanFilter;

  @Field(() => EntityWhere, { nullable: true, description: "The shareholder." })
  owner?: Nested;

  @Field(() => EntityWhere, { nullable: true, description: "The company held." })
  owned?: Nested;

  @Field(() => [OwnershipWhere], { nullable: true, description: AND })
  AND?: Nested[];

  @Field(() => [OwnershipWhere], { nullable: true, description: OR })
  OR?: Nested[];

  @Field(() => OwnershipWhere, { nullable: true, description: NOT })
  NOT?: Nested;
}

@InputType({ description: "Conditions on competition (COMPETES_WITH)." })
export class CompetitionWhere {
  @Field(() => IDFilter, { nullable: true, description: "Its id." })
  id?: IDFilter;

  @Field(() => BooleanFilter, { nullable: true, description: "Whether the stake or party includes affiliates." })
  includesAffiliates?: BooleanFilter;

  @Field(() => EntityWhere, { nullable: true, description: "The other party." })
  competitor?: Nested;

  @Field(() => [CompetitionWhere], { nullable: true, description: AND })
  AND?: Nested[];

  @Field(() => [CompetitionWhere], { nullable: true, description: OR })
  OR?: Nested[];

  @Field(() => CompetitionWhere, { nullable: true, description: NOT })
  NOT?: Nested;
}

@InputType({ description: "Conditions on a supply relationship (SUPPLIES)." })
export class SupplyWhere {
  @Field(() => IDFilter, { nullable: true, description: "Its id." })
  id?: IDFilter;

  @Field(() => StringFilter, { nullable: true, description: "What is supplied." })
  what?: StringFilter;

  @Field(() => FloatFilter, { nullable: true, description: "Share of the customer's cost, in percent." })
  costShare?: FloatFilter;

  @Field(() => StringFilter, { nullable: true, description: "Fiscal year (FY2007 = year ended March 31, 2007)." })
  fiscalYear?: StringFilter;

  @Field(() => EntityWhere, { nullable: true, description: "Who supplies." })
  supplier?: Nested;

  @Field(() => EntityWhere, { nullable: true, description: "Who is supplied." })
  customer?: Nested;

  @Field(() => [SupplyWhere], { nullable: true, description: AND })
  AND?: Nested[];

  @Field(() => [SupplyWhere], { nullable: true, description: OR })
  OR?: Nested[];

  @Field(() => SupplyWhere, { nullable: true, description: NOT })
  NOT?: Nested;
}

@InputType({ description: "Conditions on a position (HOLDS_POSITION)." })
export class PositionWhere {
  @Field(() => IDFilter, { nullable: true, description: "Its id." })
  id?: IDFilter;

  @Field(() => StringFilter, { nullable: true, description: "The role, e.g. president and chief executive officer." })
  role?: StringFilter;

  @Field(() => DateFilter, { nullable: true, description: "Since when it holds." })
  since?: DateFilter;

  @Field(() => DateFilter, { nullable: true, description: "Until when it held; absent while it holds." })
  until?: DateFilter;

  @Field(() => EntityWhere, { nullable: true, description: "The person." })
  person?: Nested;

  @Field(() => EntityWhere, { nullable: true, description: "The company or body." })
  organization?: Nested;

  @Field(() => [PositionWhere], { nullable: true, description: AND })
  AND?: Nested[];

  @Field(() => [PositionWhere], { nullable: true, description: OR })
  OR?: Nested[];

  @Field(() => PositionWhere, { nullable: true, description: NOT })
  NOT?: Nested;
}

@InputType({ description: "Conditions on a relationship of any type." })
export class RelationshipWhere {
  @Field(() => IDFilter, { nullable: true, description: "Its id." })
  id?: IDFilter;

  @Field(() => RelationshipTypeFilter, { nullable: true, description: "The relationship type." })
  type?: RelationshipTypeFilter;

  @Field(() => DateFilter, { nullable: true, description: "Since when it holds." })
  since?: DateFilter;

  @Field(() => DateFilter, { nullable: true, description: "Until when it held; absent while it holds." })
  until?: DateFilter;

  @Field(() => DateFilter, { nullable: true, description: "The date it is stated as of." })
  asOf?: DateFilter;

  @Field(() => FloatFilter, { nullable: true, description: "A stake's percentage (OWNS)." })
  percentage?: FloatFilter;

  @Field(() => FloatFilter, { nullable: true, description: "A supply's share of the customer's cost (SUPPLIES)." })
  costShare?: FloatFilter;

  @Field(() => ConsolidationFilter, { nullable: true, description: "How a stake is accounted for (OWNS)." })
  consolidation?: ConsolidationFilter;

  @Field(() => EntityWhere, { nullable: true, description: "The start entity." })
  from?: Nested;

  @Field(() => EntityWhere, { nullable: true, description: "The end entity." })
  to?: Nested;

  @Field(() => [RelationshipWhere], { nullable: true, description: AND })
  AND?: Nested[];

  @Field(() => [RelationshipWhere], { nullable: true, description: OR })
  OR?: Nested[];

  @Field(() => RelationshipWhere, { nullable: true, description: NOT })
  NOT?: Nested;
}

@InputType({ description: "A quantifier over a list of stakes; all the conditions given must hold." })
export class OwnershipListWhere {
  @Field(() => OwnershipWhere, { nullable: true, description: SOME })
  some?: Nested;

  @Field(() => OwnershipWhere, { nullable: true, description: NONE })
  none?: Nested;

  @Field(() => OwnershipWhere, { nullable: true, description: ALL })
  all?: Nested;

  @Field(() => OwnershipWhere, { nullable: true, description: SINGLE })
  single?: Nested;

  @Field(() => IntFilter, { nullable: true, description: COUNT })
  count?: IntFilter;
}

@InputType({ description: "A quantifier over a list of competition; all the conditions given must hold." })
export class CompetitionListWhere {
  @Field(() => CompetitionWhere, { nullable: true, description: SOME })
  some?: Nested;

  @Field(() => CompetitionWhere, { nullable: true, description: NONE })
  none?: Nested;

  @Field(() => CompetitionWhere, { nullable: true, description: ALL })
  all?: Nested;

  @Field(() => CompetitionWhere, { nullable: true, description: SINGLE })
  single?: Nested;

  @Field(() => IntFilter, { nullable: true, description: COUNT })
  count?: IntFilter;
}

@InputType({ description: "A quantifier over a list of supply relationships; all the conditions given must hold." })
export class SupplyListWhere {
  @Field(() => SupplyWhere, { nullable: true, description: SOME })
  some?: Nested;

  @Field(() => SupplyWhere, { nullable: true, description: NONE })
  none?: Nested;

  @Field(() => SupplyWhere, { nullable: true, description: ALL })
  all?: Nested;

  @Field(() => SupplyWhere, { nullable: true, description: SINGLE })
  single?: Nested;

  @Field(() => IntFilter, { nullable: true, description: COUNT })
  count?: IntFilter;
}

@InputType({ description: "A quantifier over a list of positions; all the conditions given must hold." })
export class PositionListWhere {
  @Field(() => PositionWhere, { nullable: true, description: SOME })
  some?: Nested;

  @Field(() => PositionWhere, { nullable: true, description: NONE })
  none?: Nested;

  @Field(() => PositionWhere, { nullable: true, description: ALL })
  all?: Nested;

  @Field(() => PositionWhere, { nullable: true, description: SINGLE })
  single?: Nested;

  @Field(() => IntFilter, { nullable: true, description: COUNT })
  count?: IntFilter;
}

@InputType({ description: "A quantifier over a list of entities; all the conditions given must hold." })
export class EntityListWhere {
  @Field(() => EntityWhere, { nullable: true, description: SOME })
  some?: Nested;

  @Field(() => EntityWhere, { nullable: true, description: NONE })
  none?: Nested;

  @Field(() => EntityWhere, { nullable: true, description: ALL })
  all?: Nested;

  @Field(() => EntityWhere, { nullable: true, description: SINGLE })
  single?: Nested;

  @Field(() => IntFilter, { nullable: true, description: COUNT })
  count?: IntFilter;
}

@InputType({ description: "A quantifier over a list of relationships; all the conditions given must hold." })
export class RelationshipListWhere {
  @Field(() => RelationshipWhere, { nullable: true, description: SOME })
  some?: Nested;

  @Field(() => RelationshipWhere, { nullable: true, description: NONE })
  none?: Nested;

  @Field(() => RelationshipWhere, { nullable: true, description: ALL })
  all?: Nested;

  @Field(() => RelationshipWhere, { nullable: true, description: SINGLE })
  single?: Nested;

  @Field(() => IntFilter, { nullable: true, description: COUNT })
  count?: IntFilter;
}

@InputType({ description: "Conditions on an event: its own fields and its participants." })
export class EventWhere {
  @Field(() => IDFilter, { nullable: true, description: "Its id." })
  id?: IDFilter;

  @Field(() => StringFilter, { nullable: true, description: "Its caption." })
  name?: StringFilter;

  @Field(() => EventKindFilter, { nullable: true, description: "Its kind." })
  kind?: EventKindFilter;

  @Field(() => DateFilter, { nullable: true, description: "Its date, at the coarser precision." })
  date?: DateFilter;

  @Field(() => FloatFilter, { nullable: true, description: "The stake (percent) acquired or held after it." })
  stake?: FloatFilter;

  @Field(() => FloatFilter, { nullable: true, description: "Its amount, in the amount's own currency." })
  amount?: FloatFilter;

  @Field(() => StringFilter, { nullable: true, description: "What happened." })
  description?: StringFilter;

  @Field(() => ParticipantListWhere, { nullable: true, description: "The entities involved and their roles." })
  participants?: Nested;

  @Field(() => [EventWhere], { nullable: true, description: AND })
  AND?: Nested[];

  @Field(() => [EventWhere], { nullable: true, description: OR })
  OR?: Nested[];

  @Field(() => EventWhere, { nullable: true, description: NOT })
  NOT?: Nested;
}

@InputType({ description: "Conditions on an entity's part in an event." })
export class ParticipantWhere {
  @Field(() => StringFilter, { nullable: true, description: "Its role, e.g. investor." })
  role?: StringFilter;

  @Field(() => EntityWhere, { nullable: true, description: "The entity." })
  entity?: Nested;

  @Field(() => [ParticipantWhere], { nullable: true, description: AND })
  AND?: Nested[];

  @Field(() => [ParticipantWhere], { nullable: true, description: OR })
  OR?: Nested[];

  @Field(() => ParticipantWhere, { nullable: true, description: NOT })
  NOT?: Nested;
}

@InputType({ description: "A quantifier over a list of events; all the conditions given must hold." })
export class EventListWhere {
  @Field(() => EventWhere, { nullable: true, description: SOME })
  some?: Nested;

  @Field(() => EventWhere, { nullable: true, description: NONE })
  none?: Nested;

  @Field(() => EventWhere, { nullable: true, description: ALL })
  all?: Nested;

  @Field(() => EventWhere, { nullable: true, description: SINGLE })
  single?: Nested;

  @Field(() => IntFilter, { nullable: true, description: COUNT })
  count?: IntFilter;
}

@InputType({ description: "A quantifier over an event's participants; all the conditions given must hold." })
export class ParticipantListWhere {
  @Field(() => ParticipantWhere, { nullable: true, description: SOME })
  some?: Nested;

  @Field(() => ParticipantWhere, { nullable: true, description: NONE })
  none?: Nested;

  @Field(() => ParticipantWhere, { nullable: true, description: ALL })
  all?: Nested;

  @Field(() => ParticipantWhere, { nullable: true, description: SINGLE })
  single?: Nested;

  @Field(() => IntFilter, { nullable: true, description: COUNT })
  count?: IntFilter;
}
