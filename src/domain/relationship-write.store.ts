import type { Principal } from "../auth/principal";
import { afterAppending, recorded, type WriteMeta } from "../changes/change-log.store";
import type { ItemStates } from "../changes/change.rules";
import { BadUserInputError, NotFoundError } from "../errors";
import type { StatementRunner } from "../graph/gateway";
import type { RequestDb } from "../graph/request-db";
import type {
  CreateRelationshipInput,
  RelationshipPropertiesInput,
  UpdateRelationshipInput,
} from "../schema/relationship.input";
import { findItems, takenElsewhere } from "./entity-write.store";
import type { GraphQLResolveInfo } from "graphql";
import { citationProperties } from "../model/stored-values";
import type { Shaped } from "../translate/shaped";
import { relationshipStatement } from "./write-answers";
import { sourceText } from "./source-text";
import {
  createdProps,
  exceedsWholeCompany,
  givenProps,
  presentProps,
  resolveCitation,
  resolveCitations,
  type ResolvedCitation,
} from "./write.rules";
import type { StoredRelationship } from "../model/stored-relationship";
import { citedWrite } from "./cited-write";

type Props = Record<string, unknown>;

declare module "../graph/statement-rows" {
  interface StatementRows {
    "mutations/total-ownership": { total: number; owners: number };
    "mutations/find-relationship": { relationship: StoredRelationship };
    "mutations/create-relationship": { relationship: StoredRelationship };
    "mutations/update-relationship": {
      relationship: StoredRelationship;
      before: StoredRelationship;
    };
    "mutations/delete-relationship": { deleted: number };
  }
}

const PROPERTY_KEYS = [
  "percentage",
  "asOf",
  "since",
  "until",
  "date",
  "consolidation",
  "includesAffiliates",
  "segments",
  "what",
  "costShare",
  "fiscalYear",
  "role",
  "seats",
  "bodies",
  "scope",
  "former",
  "note",
] as const;

/** Within the transaction: rolls it back when the stakes in `to` would add up to more than 100% on the stake's date. */
async function checkTotalOwnership(run: StatementRunner, to: string, props: Props): Promise<void> {
  const on =
    (typeof props.asOf === "string" && props.asOf) ||
    (typeof props.since === "string" && props.since) ||
    null;
  const [row] = await run("mutations/total-ownership", { to, on });
  const total = row?.total ?? 0;
  if (exceedsWholeCompany(total)) {
    throw new BadUserInputError(
      "properties.percentage",
      `would make the stakes in "${to}" add up to ${Number(total.toFixed(4))}% ${on ? `on ${on}` : "now"} (at most 100%)`,
    );
  }
}

async function findRelationship(
  run: StatementRunner,
  id: string,
): Promise<StoredRelationship | undefined> {
  const [row] = await run("mutations/find-relationship", { id });
  return row?.relationship;
}

/** Creates a relationship between two stored entities unless the id is stored with the same type and ends. */
export async function createRelationship(
  db: RequestDb,
  info: GraphQLResolveInfo,
  user: Principal,
  input: CreateRelationshipInput,
  now: string,
) {
  if (input.type === "INVOLVES") {
    throw new BadUserInputError(
      "type",
      "INVOLVES is written through an event's participants (createEvent, updateEvent)",
    );
  }
  if (input.from === input.to) {
    throw new BadUserInputError(
      "to",
      "must be another entity than `from` (no self-ownership or other self-relationship)",
    );
  }
  const citations = resolveCitations(input.citations, sourceText());
  const props: Props = {
    id: input.id,
    ...presentProps((input.properties ?? {}) as unknown as Props, PROPERTY_KEYS),
    ...citationProperties(citations),
    ...createdProps(user.id, now),
  };
  // The citations stored (a repeated create links the first one's again, idempotently), at both ends.
  const item = { id: input.id, relationship: { type: input.type, from: input.from, to: input.to } };
  return citedWrite(db, { user, mutation: "createRelationship", citations }, async (run, meta) => {
    const known = await findItems(run, [input.from, input.to, input.id]);
    for (const field of ["from", "to"] as const) {
      if (!known.get(input[field])?.entityKind)
        throw new BadUserInputError(field, `no entity has the id "${input[field]}"`);
    }
    const taken = takenElsewhere(known.get(input.id), "relationship");
    if (taken) throw new BadUserInputError("id", taken);
    const existing = await findRelationship(run, input.id);
    if (existing) {
      if (
        existing.type !== input.type ||
        existing.source !== input.from ||
        existing.target !== input.to
      ) {
        throw new BadUserInputError(
          "id",
          `is already the id of ${existing.type} from "${existing.source}" to "${existing.target}"`,
        );
      }
      const relationship = await stored(run, info, ["relationship"], input.id);
      return { answer: { created: false, relationship }, cited: { item, props: existing.props } };
    }
    const [row] = await run("mutations/create-relationship", {
      id: input.id,
      type: input.type,
      from: input.from,
      to: input.to,
      props,
    });
    if (input.type === "OWNS") await checkTotalOwnership(run, input.to, props);
    // The create returns its own after; before, there was no relationship with the id (find-relationship).
    const change = {
      kind: "RELATIONSHIP" as const,
      id: input.id,
      before: null,
      after: row!.relationship,
    };
    const relationship = await stored(run, info, ["relationship"], input.id, { meta, change });
    return { answer: { created: true, relationship }, cited: { item, props } };
  });
}

/** Sets or clears properties, adds the citation; NOT_FOUND when there is no such relationship. */
export async function updateRelationship(
  db: RequestDb,
  info: GraphQLResolveInfo,
  user: Principal,
  input: UpdateRelationshipInput,
  now: string,
): Promise<Shaped> {
  const citation = resolveCitation(input.citation, sourceText(), "citation");
  const props = givenProps(
    input.properties as RelationshipPropertiesInput as unknown as Props,
    PROPERTY_KEYS,
  );
  const write = { user, mutation: "updateRelationship", citations: [citation] };
  return citedWrite(db, write, async (run, meta) => {
    const existing = await findRelationship(run, input.id);
    if (!existing) throw new NotFoundError("Relationship", input.id);
    if (existing.type === "INVOLVES") {
      throw new BadUserInputError(
        "id",
        "is an INVOLVES relationship: change the event's participants instead",
      );
    }
    // The update reads the relationship before and after itself, under its lock: no snapshots around it.
    const [row] = await run("mutations/update-relationship", {
      id: input.id,
      props,
      citation,
      now,
      user: user.id,
    });
    const updated = row!.relationship;
    if (updated.type === "OWNS") await checkTotalOwnership(run, updated.target, updated.props);
    const change = {
      kind: "RELATIONSHIP" as const,
      id: input.id,
      before: row!.before,
      after: updated,
    };
    const answer = await stored(run, info, [], input.id, { meta, change });
    const ends = { type: updated.type, from: updated.source, to: updated.target };
    const cited = {
      item: { id: input.id, relationship: ends },
      props: citationProperties([citation]),
    };
    return { answer, cited };
  });
}

/**
 * The relationship as stored, read inside the write's transaction, shaped like the selection at `at`; with the
 * write's change record appended in the same statement when there is one.
 */
async function stored(
  run: StatementRunner,
  info: GraphQLResolveInfo,
  at: string[],
  id: string,
  recording?: { meta: WriteMeta; change: ItemStates },
): Promise<Shaped> {
  const read = relationshipStatement(info, at);
  const statement = recording ? afterAppending(recording.meta, [recording.change], read) : read;
  const [row] = await run(statement, { id });
  return row!.relationship as Shaped;
}

/** Deletes a relationship (not INVOLVES); deleting an id that is gone is not an error. */
export async function deleteRelationship(
  db: RequestDb,
  user: Principal,
  id: string,
  citation: ResolvedCitation,
) {
  const write = { user, mutation: "deleteRelationship", citations: [citation] };
  const [row] = await citedWrite(db, write, async (run, meta) => ({
    answer: await recorded(run, meta, [{ kind: "RELATIONSHIP", ids: [id] }], () =>
      run("mutations/delete-relationship", { id }),
    ),
  }));
  const deleted = row?.deleted ?? 0;
  return { id, deleted: deleted > 0, relationshipsDeleted: deleted };
}
