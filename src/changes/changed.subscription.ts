import type { WebSocket } from "ws";
import { BadUserInputError } from "../errors";
import { SLUG } from "../model/vocabulary";
import type { ChangeRecord } from "./change.records";
import { decodeChangeCursor, type ChangeItemKind } from "./change.rules";
import { SlowConsumerError, type ChangeFeed } from "./change-feed";
import type { ChangeFeedMetrics } from "./change-feed.metrics";

/** Close code for a subscriber that fell too far behind (application range 4000-4999; clients may reconnect). */
export const SLOW_CONSUMER_CLOSE = 4413;

export interface ChangedArgValues {
  after?: string | null;
  kinds?: ChangeItemKind[] | null;
  ids?: string[] | null;
}

/** What a `changed` subscription reads in its context (set per WebSocket connection). */
export interface SubscriptionContext {
  readonly changed: (args: ChangedArgValues) => Promise<AsyncIterableIterator<ChangeRecord>>;
}

/** The argument checks of ChangedArgs, which TypeGraphQL applies to the resolver, not to `subscribe`. */
function selectionOf(args: ChangedArgValues) {
  const ids = args.ids ?? null;
  if (ids && ids.length > 100)
    throw new BadUserInputError("ids", "must contain no more than 100 elements");
  ids?.forEach((id, i) => {
    if (id.length > 100 || !SLUG.test(id)) {
      throw new BadUserInputError(`ids.${i}`, "must be a lower-case kebab id such as iij");
    }
  });
  if (args.after && args.after.length > 100) {
    throw new BadUserInputError("after", "is not a change cursor returned by this API");
  }
  return {
    after: args.after ? decodeChangeCursor(args.after, "after") : null,
    selection: {
      kinds: args.kinds?.length ? new Set(args.kinds) : null,
      ids: ids?.length ? new Set(ids) : null,
    },
  };
}

/**
 * The `changed` stream of one subscription on one socket: the feed's changes after the cursor, ended (and the
 * socket closed with a reason) when the subscriber falls too far behind, stopped at once when the client
 * completes the subscription or the socket closes.
 */
export function changedStreams(
  feed: ChangeFeed,
  metrics: ChangeFeedMetrics,
  socket: WebSocket,
): SubscriptionContext["changed"] {
  return async (args) => {
    const { after, selection } = selectionOf(args);
    // Read the head now, so a subscription without a cursor starts at the moment it was accepted.
    const start = after ?? (await feed.currentHead());
    const controller = new AbortController();
    const onClose = () => controller.abort();
    socket.once("close", onClose);
    const stream = feed.stream(selection, start, controller.signal);
    const stop = () => {
      controller.abort();
      socket.off("close", onClose);
    };
    const iterator: AsyncIterableIterator<ChangeRecord> = {
      async next() {
        try {
          const step = await stream.next();
          if (step.done) stop();
          return step;
        } catch (error) {
          stop();
          if (error instanceof SlowConsumerError) {
            metrics.disconnects.inc({ reason: "slow_consumer" });
            socket.close(SLOW_CONSUMER_CLOSE, error.message.slice(0, 120));
            return { done: true, value: undefined };
          }
          throw error;
        }
      },
      async return() {
        stop();
        await stream.return(undefined);
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  };
}
