import type { EntityRecord } from "./records";
import { entityOf } from "./records";
import type { RateBook } from "./rates.store";
import type { EventQuery, RelationLoaders, RelationQuery } from "./relations.loader";
import { eventOf, type EventRecord } from "./event.records";
import {
  competitionOf,
  ownershipOf,
  positionOf,
  relationshipOf,
  supplyOf,
  type RelationRow,
} from "./relation.records";

/**
 * The relationship fields of an entity, read through the request's batch loaders. Each function
 * maps the far end to an entity record, so nested selections go on without another statement.
 */
export class EntityFields {
  constructor(
    private readonly loaders: RelationLoaders,
    private readonly rates: RateBook,
  ) {}

  private async rows(self: EntityRecord, q: RelationQuery) {
    const rows = await this.loaders.relations(self.id, q);
    return rows.map((row: RelationRow) => ({
      row,
      other: entityOf(row.other, this.rates.rateFor()),
    }));
  }

  async ownerships(self: EntityRecord, q: RelationQuery) {
    return (await this.rows(self, q)).map(({ row, other }) => ownershipOf(row, self, other));
  }

  async competitors(self: EntityRecord, q: RelationQuery) {
    return (await this.rows(self, q)).map(({ row, other }) => competitionOf(row, other));
  }

  async supplies(self: EntityRecord, q: RelationQuery) {
    return (await this.rows(self, q)).map(({ row, other }) => supplyOf(row, self, other));
  }

  async positions(self: EntityRecord, q: RelationQuery) {
    return (await this.rows(self, q)).map(({ row, other }) => positionOf(row, self, other));
  }

  async neighbours(self: EntityRecord, q: RelationQuery): Promise<EntityRecord[]> {
    return (await this.rows(self, q)).map(({ other }) => other);
  }

  async relationships(self: EntityRecord, q: RelationQuery) {
    const rows = await this.loaders.relations(self.id, q);
    return rows.map(relationshipOf);
  }

  async events(self: EntityRecord, q: EventQuery): Promise<EventRecord[]> {
    const rows = await this.loaders.events(self.id, q);
    return rows.map((r) => eventOf(r, this.rates));
  }
}
