/**
 * The graph's vocabulary: the kinds of node, the relationship types, the values its properties take, the
 * participants' roles and the id and date patterns. The GraphQL enums (schema/enums.ts), the seed's validator
 * (seed/seed-schema.ts) and the write path all take them from here.
 */

/** A lower-case kebab id such as `iij` or `ntt-communications`. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A date at the source's precision: YYYY, YYYY-MM (a month, not its first day) or YYYY-MM-DD. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export enum EntityKind {
  Company = "Company",
  Person = "Person",
  GovernmentBody = "GovernmentBody",
  RiskFactor = "RiskFactor",
  FinancialFigure = "FinancialFigure",
}

export enum CompanyStatus {
  ACTIVE = "ACTIVE",
  MERGED = "MERGED",
  IN_REORGANIZATION = "IN_REORGANIZATION",
  FORMER = "FORMER",
  UNKNOWN = "UNKNOWN",
}

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

export enum Segment {
  INTERNET_CONNECTIVITY = "INTERNET_CONNECTIVITY",
  VALUE_ADDED_SERVICES = "VALUE_ADDED_SERVICES",
  SYSTEMS_INTEGRATION = "SYSTEMS_INTEGRATION",
  NETWORK_SERVICES = "NETWORK_SERVICES",
  EQUIPMENT_SALES = "EQUIPMENT_SALES",
  DATA_CENTER = "DATA_CENTER",
  OTHER = "OTHER",
}

export enum Consolidation {
  CONSOLIDATED = "CONSOLIDATED",
  EQUITY_METHOD = "EQUITY_METHOD",
  NONE = "NONE",
}

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
  /** A law comes into effect or is amended. */
  LawChange = "LawChange",
}

/** The part an entity takes in an event (the `role` of INVOLVES). */
export const ROLES = [
  "ACQUIRER",
  "TARGET",
  "SELLER",
  "INVESTOR",
  "INVESTEE",
  "PARTNER",
  "VENTURE",
  "ABSORBED",
  "SURVIVOR",
  "SUBJECT",
  "COUNTERPARTY",
  "APPOINTEE",
  "ISSUER",
  "SUBSCRIBER",
  "TRANSFEROR",
  "TRANSFEREE",
] as const;
