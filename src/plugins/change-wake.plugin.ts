import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "../context";

/**
 * Before a mutation's response is sent, waits for the numbering of the change records it wrote, which each write
 * started as its transaction committed (RequestDb's afterCommit: ChangeSequencer.flush), so they are in the log,
 * the `changes` feed and `history` when the client hears back; the sequencer then wakes this replica's change
 * feed, so local subscribers do not wait for the next poll of the log.
 */
export function changeWakePlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue }) {
          if (operation?.operation === "mutation") await contextValue.db.committed();
        },
      };
    },
  };
}
