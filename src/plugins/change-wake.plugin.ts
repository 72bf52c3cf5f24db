import type { ApolloServerPlugin } from "@apollo/server";
import type { ChangeFeed } from "../changes/change-feed";

/**
 * Wakes this replica's change feed when a mutation's response is about to be sent (its transaction has
 * committed by then), so local subscribers do not wait for the next poll of the log.
 */
export function changeWakePlugin(feed: ChangeFeed): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === "mutation") feed.wake();
        },
      };
    },
  };
}
