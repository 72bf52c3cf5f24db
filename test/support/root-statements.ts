import {
  entitiesConnectionStatement,
  entityStatement,
  searchStatement,
} from "../../src/domain/entity.store";
import { eventStatement, relationshipStatement } from "../../src/domain/write-answers";
import { corporateGroupStatement } from "../../src/domain/ownership.store";
import {
  competitorsStatement,
  customersStatement,
  suppliersStatement,
} from "../../src/domain/relations.store";
import { eventsStatement } from "../../src/domain/events.store";
import { nodesStatement } from "../../src/domain/node.store";
import { relationshipsConnectionStatement } from "../../src/domain/relationships.store";
import { riskFactorsStatement } from "../../src/domain/risk.store";
import { timelineStatement } from "../../src/domain/timeline.store";
import {
  searchTextStatement,
  sentenceStatement,
  sentencesStatement,
} from "../../src/source/document.store";
import { listArguments } from "../../src/translate/root-info";
import type { GeneratedStatement, RootInfo } from "../../src/translate/translate";

/**
 * The translated statement behind each root field that returns entities, relationships, events or sentences (the others
 * run a fixed statement of cypher/ as it is): what the resolvers and write stores call, by root field name.
 */
export const ROOT_STATEMENTS: Record<string, (info: RootInfo) => GeneratedStatement> = {
  entity: (info) => entityStatement(info),
  entities: (info) => entitiesConnectionStatement(info, listArguments(info)),
  search: (info) => searchStatement(info, listArguments(info).where),
  node: nodesStatement,
  events: (info) => eventsStatement(info, listArguments(info)),
  nodes: nodesStatement,
  relationships: (info) => relationshipsConnectionStatement(info, listArguments(info)),
  competitors: competitorsStatement,
  suppliers: suppliersStatement,
  customers: customersStatement,
  timeline: (info) => timelineStatement(info, listArguments(info)),
  riskFactors: riskFactorsStatement,
  corporateGroup: corporateGroupStatement,
  createEntity: (info) => entityStatement(info, ["entity"]),
  updateEntity: (info) => entityStatement(info),
  createRelationship: (info) => relationshipStatement(info, ["relationship"]),
  updateRelationship: (info) => relationshipStatement(info),
  createEvent: (info) => eventStatement(info, ["event"]),
  updateEvent: (info) => eventStatement(info),
  sentence: sentenceStatement,
  sentences: sentencesStatement,
  searchText: searchTextStatement,
};
