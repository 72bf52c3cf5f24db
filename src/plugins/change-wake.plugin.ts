import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "../context";

/**
 * Before a mutation's response is sent, waits for the numbering of the change records it wrote (RequestDb's
 * after-commit work: ChangeSequencer.flush, started by the rows a write batches or here), so they are in the log,
 * the `changes` feed and `history` when the client hears back; the sequencer hands the records it numbered to this
 * replica's change feed, so local subscribers do not wait for the next poll of the log.
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
