import type { PubSub } from "type-graphql";

/**
 * TypeGraphQL wants a PubSub as soon as the schema has a subscription, even when every subscription brings its
 * own `subscribe` (ours read the change log through the ChangeFeed); topics are never used, and this says so.
 */
export const NO_PUBSUB: PubSub = {
  publish() {
    throw new Error("No topics: subscriptions read the change log (src/changes/change-feed.ts)");
  },
  subscribe() {
    throw new Error("No topics: subscriptions read the change log (src/changes/change-feed.ts)");
  },
};
