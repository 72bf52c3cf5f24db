import { z } from "zod";
import {
  CompanyStatus,
  Consolidation,
  EventKind,
  PARTIAL_DATE,
  ROLES,
  Segment,
  SLUG,
} from "../model/vocabulary";


/** Dates at the source's precision: a year, a month or a day. */
export const partialDate = z
  .string()
  .regex(PARTIAL_DATE, "expected YYYY, YYYY-MM or YYYY-MM-DD");

export const slug = z.string().regex(SLUG, "expected a lower-case kebab slug");
const percentage = z.number().min(0).max(100);

export const citation = z
  .object({
    section: z.string().min(1),
    quote: z.string().min(1).max(2000),
    offset: z.number().int().min(0),
  })
  .strict();
const citations = z.array(citation).min(1, "every item needs at least one citation");

export const money = z
  .object({
    amount: z.number().nullable().optional(),
    currency: z.enum(["JPY", "USD"]),
    approximate: z.boolean().optional(),
    uncertain: z.boolean().optional(),
    raw: z.string().optional(),
  })
  .strict()
  .refine((m) => (m.amount !== null && m.amount !== undefined) || m.uncertain === true, {
    message: "an amount may be missing only when it is marked uncertain",
  });

export const ENTITY_KINDS = ["Company", "Person", "GovernmentBody"] as const;
export const COMPANY_STATUSES = Object.values(CompanyStatus);

export const entity = z
  .object({
    id: slug,
    kind: z.enum(ENTITY_KINDS),
    name: z.string().min(1).max(300),
    legalName: z.string().optional(),
    shortName: z.string().optional(),
    aliases: z.array(z.string().min(1)).default([]),
    country: z.string().regex(/^[A-Z]{2}$/).nullable().optional(),
    description: z.string().max(2000).optional(),
    status: z.enum(COMPANY_STATUSES).optional(),
    note: z.string().optional(),
    citations,
  })
  .strict();

export const RELATIONSHIP_TYPES = [
  "OWNS",
  "COMPETES_WITH",
  "SUPPLIES",
  "PARTNER_IN",
  "HOLDS_POSITION",
  "NOMINATED",
  "CAN_APPOINT",
  "REGULATES",
  "MERGED_INTO",
  "TRANSFERRED_BUSINESS_TO",
] as const;
export const SEGMENTS = Object.values(Segment);
export const CONSOLIDATIONS = Object.values(Consolidation);

export const relationshipProperties = z
  .object({
    percentage: percentage.nullable().optional(),
    asOf: partialDate.optional(),
    since: partialDate.optional(),
    until: partialDate.optional(),
    date: partialDate.optional(),
    consolidation: z.enum(CONSOLIDATIONS).nullable().optional(),
    includesAffiliates: z.boolean().optional(),
    segments: z.array(z.enum(SEGMENTS)).optional(),
    what: z.string().optional(),
    costShare: percentage.nullable().optional(),
    fiscalYear: z.string().regex(/^FY\d{4}$/).optional(),
    role: z.string().optional(),
    seats: z.number().int().min(0).nullable().optional(),
    bodies: z.array(z.string()).optional(),
    /** CAN_APPOINT: what the right allows, to appoint outright or only to nominate. */
    right: z.enum(["APPOINT", "NOMINATE"]).optional(),
    /** A condition the text puts on the right (CAN_APPOINT), verbatim or near it. */
    condition: z.string().optional(),
    scope: z.string().optional(),
    amount: money.optional(),
    uncertain: z.boolean().optional(),
    raw: z.string().optional(),
    /** The text calls the holding or supply former but gives no end date. */
    former: z.boolean().optional(),
    /** The text implies the fact rather than stating it. */
    inferred: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();

export const relationship = z
  .object({
    id: slug,
    type: z.enum(RELATIONSHIP_TYPES),
    from: slug,
    to: slug,
    properties: relationshipProperties.default({}),
    citations,
  })
  .strict();

export const EVENT_KINDS = Object.values(EventKind);

export const event = z
  .object({
    id: slug,
    kind: z.enum(EVENT_KINDS),
    name: z.string().min(1).max(300),
    date: partialDate.nullable(),
    amount: money.optional(),
    stake: percentage.nullable().optional(),
    description: z.string().max(2000).optional(),
    note: z.string().optional(),
    participants: z
      .array(z.object({ entity: slug, role: z.enum(ROLES) }).strict())
      .min(1, "an event involves at least one entity"),
    citations,
  })
  .strict();

export const riskFactor = z
  .object({
    id: slug,
    name: z.string().min(1),
    summary: z.string().min(1).max(1000),
    concerns: z.array(slug).default([]),
    citations,
  })
  .strict();

export const figure = z
  .object({
    id: slug,
    subject: slug,
    name: z.string().min(1),
    amount: money,
    asOf: partialDate.optional(),
    fiscalYear: z.string().regex(/^FY\d{4}$/).optional(),
    description: z.string().optional(),
    note: z.string().optional(),
    citations,
  })
  .strict();

const rate = z.number().positive();
export const exchangeRates = z
  .object({
    convenienceRate: z
      .object({
        id: slug,
        rate,
        currency: z.literal("JPY"),
        base: z.literal("USD"),
        on: partialDate,
        source: slug.optional(),
        citations,
      })
      .strict(),
    spotRates: z
      .array(z.object({ id: slug, on: partialDate, rate, citations }).strict())
      .default([]),
    periods: z.array(
      z
        .object({
          id: slug,
          kind: z.enum(["FISCAL_YEAR", "MONTH"]),
          period: z.string().min(1),
          start: partialDate,
          end: partialDate,
          high: rate.nullable(),
          low: rate.nullable(),
          average: rate.nullable(),
          periodEnd: rate.nullable(),
          note: z.string().optional(),
          citations,
        })
        .strict(),
    ),
  })
  .strict();

export type Citation = z.infer<typeof citation>;
export type Money = z.infer<typeof money>;
export type SeedEntity = z.infer<typeof entity>;
export type SeedRelationship = z.infer<typeof relationship>;
export type SeedEvent = z.infer<typeof event>;
export type SeedRiskFactor = z.infer<typeof riskFactor>;
export type SeedFigure = z.infer<typeof figure>;
export type SeedExchangeRates = z.infer<typeof exchangeRates>;
