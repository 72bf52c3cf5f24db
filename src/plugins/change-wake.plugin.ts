import type { ApolloServerPlugin } from "@apollo/server";
import type { ChangeSequencer } from "../changes/change-sequencer";

/**
 * Before a mutation's response is sent (its transaction has committed by then), numbers the change records it
 * wrote, so they are in the log, the `changes` feed and `history` when the client hears back; the sequencer then
 * wakes this replica's change feed, so local subscribers do not wait for the next poll of the log.
 */
export function changeWakePlugin(sequencer: ChangeSequencer): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === "mutation") await sequencer.flush();
        },
      };
    },
  };
}
