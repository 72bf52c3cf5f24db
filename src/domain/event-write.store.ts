import type { Principal } from "../auth/principal";
import { recorded } from "../changes/change-log.store";
import { BadUserInputError, NotFoundError } from "../errors";
import type { StatementRunner } from "../graph/gateway";
import type { RequestDb } from "../graph/request-db";
import type { CreateEventInput, ParticipantInput, UpdateEventInput } from "../schema/event.input";
import { findItems, takenElsewhere } from "./entity-write.store";
import type { Shaped } from "../translate/shaped";
import { eventStatement } from "./write-answers";
import type { GraphQLResolveInfo } from "graphql";
import { citationProperties, moneyProperties } from "../model/stored-values";
import { sourceText } from "./source-text";
import {
  createdProps,
  givenProps,
  resolveCitation,
  resolveCitations,
  type ResolvedCitation,
} from "./write.rules";
import { citedWrite } from "./cited-write";

declare module "../graph/statement-rows" {
  interface StatementRows {
    "mutations/create-event": { id: string };
    "mutations/update-event": { id: string };
    "mutations/set-event-participants": { involved: number };
    "mutations/delete-event": { relationshipsDeleted: number };
  }
}

type Props = Record<string, unknown>;

async function checkParticipants(
  run: StatementRunner,
  participants: ParticipantInput[],
): Promise<void> {
  const known = await findItems(
    run,
    participants.map((p) => p.entity),
  );
  participants.forEach((p, i) => {
    if (!known.get(p.entity)?.entityKind) {
      throw new BadUserInputError(`participants.${i}.entity`, `no entity has the id "${p.entity}"`);
    }
  });
}

/** The event as stored, read inside the write's transaction, shaped like the selection at `at`. */
async function writtenEvent(
  run: StatementRunner,
  info: GraphQLResolveInfo,
  at: string[],
  id: string,
): Promise<Shaped> {
  const [row] = await run(eventStatement(info, at), { id });
  return row!.event;
}

/** Creates an event with its participants unless the id is stored; then returns the stored one (created: false). */
export async function createEvent(
  db: RequestDb,
  info: GraphQLResolveInfo,
  user: Principal,
  input: CreateEventInput,
  now: string,
) {
  const citations = resolveCitations(input.citations, sourceText());
  const props: Props = {
    id: input.id,
    kind: input.kind,
    name: input.name,
    ...(input.date ? { date: input.date } : {}),
    ...(typeof input.stake === "number" ? { stake: input.stake } : {}),
    ...(input.description ? { description: input.description } : {}),
    ...(input.amount ? moneyProperties(input.amount) : {}),
    ...citationProperties(citations),
    ...createdProps(user.id, now),
  };
  return citedWrite(db, { user, mutation: "createEvent", citations }, async (run, meta) => {
    const known = (await findItems(run, [input.id])).get(input.id);
    const taken = takenElsewhere(known, "event");
    if (taken) throw new BadUserInputError("id", taken);
    if (known?.eventKind && known.eventKind !== input.kind) {
      throw new BadUserInputError("id", `is already the id of a ${known.eventKind} event`);
    }
    if (!known?.eventKind) {
      await checkParticipants(run, input.participants);
      await recorded(run, meta, [{ kind: "EVENT", ids: [input.id] }], async () => {
        await run("mutations/create-event", { id: input.id, label: input.kind, props });
        await run("mutations/set-event-participants", {
          id: input.id,
          participants: input.participants,
          now,
          user: user.id,
        });
      });
    }
    const created = !known?.eventKind;
    const answer = { created, event: await writtenEvent(run, info, ["event"], input.id) };
    // A repeated create changes nothing, and its sentences were linked by the first.
    return created ? { answer, cited: { item: { id: input.id }, props } } : { answer };
  });
}

/** Sets the given fields (and participants), adds the citation; NOT_FOUND when there is no such event. */
export async function updateEvent(
  db: RequestDb,
  info: GraphQLResolveInfo,
  user: Principal,
  input: UpdateEventInput,
  now: string,
): Promise<Shaped> {
  const citation = resolveCitation(input.citation, sourceText(), "citation");
  const props = {
    ...givenProps(input as unknown as Props, ["name", "date", "stake", "description"], ["name"]),
    ...moneyProperties(input.amount),
  };
  const write = { user, mutation: "updateEvent", citations: [citation] };
  return citedWrite(db, write, async (run, meta) => {
    if (input.participants) await checkParticipants(run, input.participants);
    await recorded(run, meta, [{ kind: "EVENT", ids: [input.id] }], async () => {
      const [row] = await run("mutations/update-event", {
        id: input.id,
        props,
        citation,
        now,
        user: user.id,
      });
      if (!row) throw new NotFoundError("Event", input.id);
      if (input.participants) {
        await run("mutations/set-event-participants", {
          id: input.id,
          participants: input.participants,
          now,
          user: user.id,
        });
      }
    });
    return {
      answer: await writtenEvent(run, info, [], input.id),
      cited: { item: { id: input.id }, props: citationProperties([citation]) },
    };
  });
}

/** Deletes an event with its INVOLVES relationships; deleting an id that is gone is not an error. */
export async function deleteEvent(
  db: RequestDb,
  user: Principal,
  id: string,
  citation: ResolvedCitation,
) {
  const write = { user, mutation: "deleteEvent", citations: [citation] };
  const [row] = await citedWrite(db, write, async (run, meta) => ({
    answer: await recorded(run, meta, [{ kind: "EVENT", ids: [id] }], () =>
      run("mutations/delete-event", { id }),
    ),
  }));
  return {
    id,
    deleted: row !== undefined,
    relationshipsDeleted: row?.relationshipsDeleted ?? 0,
  };
}
