import type { Principal } from "../auth/principal";
import { recorded } from "../changes/change-log.store";
import { BadUserInputError, NotFoundError } from "../errors";
import type { StatementRunner } from "../graph/gateway";
import type { RequestDb } from "../graph/request-db";
import type {
  CreateEventInput,
  MoneyInput,
  ParticipantInput,
  UpdateEventInput,
} from "../schema/event.input";
import { findItems } from "./entity-write.store";
import { eventOf, type EventRecord } from "./event.records";
import type { RateBook } from "./rates.store";
import { sourceText } from "./source-text";
import {
  citationLists,
  createdProps,
  givenProps,
  resolveCitation,
  resolveCitations,
  type ResolvedCitation,
} from "./write.rules";

type Props = Record<string, unknown>;
type EventRow = Parameters<typeof eventOf>[0];

/** Money as the seed stores it: flat, with the `amount` prefix; null clears all of it. */
function moneyProps(money: MoneyInput | null | undefined): Props {
  if (money === undefined) return {};
  return {
    amount: money?.amount ?? null,
    amountCurrency: money?.currency ?? null,
    amountApproximate: null,
    amountUncertain: null,
    amountRaw: null,
  };
}

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

async function writtenEvent(
  run: StatementRunner,
  rates: RateBook,
  id: string,
): Promise<EventRecord> {
  const [row] = await run("mutations/get-written-event", { id });
  return eventOf(row as unknown as EventRow, rates);
}

/** Creates an event with its participants unless the id is stored; then returns the stored one (created: false). */
export async function createEvent(
  db: RequestDb,
  rates: RateBook,
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
    ...(input.amount ? { amount: input.amount.amount, amountCurrency: input.amount.currency } : {}),
    ...citationLists(citations),
    ...createdProps(user.id, now),
  };
  return db.transaction(async (run) => {
    const known = (await findItems(run, [input.id])).get(input.id);
    if (known?.entityKind)
      throw new BadUserInputError("id", `is the id of an entity (${known.entityKind})`);
    if (known?.eventKind && known.eventKind !== input.kind) {
      throw new BadUserInputError("id", `is already the id of a ${known.eventKind} event`);
    }
    if (!known?.eventKind) {
      await checkParticipants(run, input.participants);
      const meta = { user, mutation: "createEvent", citations };
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
    return { created: !known?.eventKind, event: await writtenEvent(run, rates, input.id) };
  });
}

/** Sets the given fields (and participants), adds the citation; NOT_FOUND when there is no such event. */
export async function updateEvent(
  db: RequestDb,
  rates: RateBook,
  user: Principal,
  input: UpdateEventInput,
  now: string,
): Promise<EventRecord> {
  const citation = resolveCitation(input.citation, sourceText(), "citation");
  const props = {
    ...givenProps(input as unknown as Props, ["name", "date", "stake", "description"], ["name"]),
    ...moneyProps(input.amount),
  };
  return db.transaction(async (run) => {
    if (input.participants) await checkParticipants(run, input.participants);
    const meta = { user, mutation: "updateEvent", citations: [citation] };
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
    return writtenEvent(run, rates, input.id);
  });
}

/** Deletes an event with its INVOLVES relationships; deleting an id that is gone is not an error. */
export async function deleteEvent(
  db: RequestDb,
  user: Principal,
  id: string,
  citation: ResolvedCitation,
) {
  const meta = { user, mutation: "deleteEvent", citations: [citation] };
  const [row] = await db.transaction((run) =>
    recorded(run, meta, [{ kind: "EVENT", ids: [id] }], () =>
      run("mutations/delete-event", { id }),
    ),
  );
  return {
    id,
    deleted: row !== undefined,
    relationshipsDeleted: Number(row?.relationshipsDeleted ?? 0),
  };
}
