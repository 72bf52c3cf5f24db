import { registerEnumType } from "type-graphql";

export enum EntityKind {
  Company = "Company",
  Person = "Person",
  GovernmentBody = "GovernmentBody",
  RiskFactor = "RiskFactor",
  FinancialFigure = "FinancialFigure",
}
registerEnumType(EntityKind, {
  name: "EntityKind",
  description: "Kind of entity; equals the node's label in Neo4j and the GraphQL type name.",
});

export enum CompanyStatus {
  ACTIVE = "ACTIVE",
  MERGED = "MERGED",
  IN_REORGANIZATION = "IN_REORGANIZATION",
  FORMER = "FORMER",
  UNKNOWN = "UNKNOWN",
}
registerEnumType(CompanyStatus, { name: "CompanyStatus", description: "Status of a company as the report describes it." });

export enum RelationshipType {
  OWNS = "OWNS",
  COMPETES_WITH = "COMPETES_WITH",
  SUPPLIES = "SUPPLIES",
  PARTNER_IN = "PARTNER_IN",
  HOLDS_POSITION = "HOLDS_POSITION",
  NOMINATED = "NOMINATED",
  CAN_APPOINT = "CAN_APPOINT",
  REGULATES = "REGULATES",
  MERGED_INTO = "MERGED_INTO",
  TRANSFERRED_BUSINESS_TO = "TRANSFERRED_BUSINESS_TO",
  CONCERNS = "CONCERNS",
  HAS_FIGURE = "HAS_FIGURE",
  INVOLVES = "INVOLVES",
}
registerEnumType(RelationshipType, {
  name: "RelationshipType",
  description: "Relationship types of the graph; equal to the Neo4j relationship types.",
});

export enum Segment {
  INTERNET_CONNECTIVITY = "INTERNET_CONNECTIVITY",
  VALUE_ADDED_SERVICES = "VALUE_ADDED_SERVICES",
  SYSTEMS_INTEGRATION = "SYSTEMS_INTEGRATION",
  NETWORK_SERVICES = "NETWORK_SERVICES",
  EQUIPMENT_SALES = "EQUIPMENT_SALES",
  DATA_CENTER = "DATA_CENTER",
  OTHER = "OTHER",
}
registerEnumType(Segment, { name: "Segment", description: "Business segment in which companies compete." });

export enum Consolidation {
  CONSOLIDATED = "CONSOLIDATED",
  EQUITY_METHOD = "EQUITY_METHOD",
  NONE = "NONE",
}
registerEnumType(Consolidation, {
  name: "Consolidation",
  description: "How the owner accounts for the holding: consolidated subsidiary, equity-method investee, or neither.",
});

export enum Direction {
  OUT = "OUT",
  IN = "IN",
  BOTH = "BOTH",
}
registerEnumType(Direction, {
  name: "Direction",
  description: "Relationship direction seen from the start entity: OUT (it is the source), IN (the target), BOTH.",
});

export enum ChainDirection {
  UP = "UP",
  DOWN = "DOWN",
}
registerEnumType(ChainDirection, {
  name: "ChainDirection",
  description: "UP: who owns the entity, transitively. DOWN: what the entity holds, transitively.",
});

export enum EventKind {
  Investment = "Investment",
  Acquisition = "Acquisition",
  Merger = "Merger",
  ShareExchange = "ShareExchange",
  JointVentureFormation = "JointVentureFormation",
  Reorganization = "Reorganization",
  Impairment = "Impairment",
  WriteOff = "WriteOff",
  Appointment = "Appointment",
  Retirement = "Retirement",
  Agreement = "Agreement",
  Sale = "Sale",
}
registerEnumType(EventKind, { name: "EventKind", description: "Kind of event; equals its second label in Neo4j." });
