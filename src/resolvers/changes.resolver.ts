import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root, Subscription } from "type-graphql";
import type { ChangeRecord } from "../changes/change.records";
import type { SubscriptionContext } from "../changes/changed.subscription";
import type { RequestContext } from "../context";
import {
  HistoryLoader,
  changeFeed,
  historyPage,
  type HistoryKey,
  type RawHistory,
} from "../changes/changes.store";
import { decodeChangeCursor } from "../changes/change.rules";
import { projected } from "../translate/projection-key";
import { Change, ChangeConnection } from "../schema/change.type";
import { ChangedArgs, ChangesArgs, HistoryArgs } from "../schema/change.args";
import { Entity } from "../schema/entity.type";
import { Event } from "../schema/event.type";
import { Relationship } from "../schema/relation.type";

/** One history loader per request: the items of a list share one statement per page. */
const loaders = new WeakMap<RequestContext, HistoryLoader>();
function histories(ctx: RequestContext): HistoryLoader {
  let loader = loaders.get(ctx);
  if (!loader) loaders.set(ctx, (loader = new HistoryLoader(ctx.db)));
  return loader;
}

/**
 * An item's history: read by its parent's statement when the translator made it (history.projection.ts), else
 * (an item the translator did not read, e.g. a relationship as recorded at `knownAt`) by the loader.
 */
function historyOf(
  ctx: RequestContext,
  kind: HistoryKey["kind"],
  item: Record<string, unknown> & { id: string },
  a: HistoryArgs,
  info: GraphQLResolveInfo,
) {
  const raw = projected<RawHistory | undefined>(item, info);
  if (raw) {
    // Checked already where the parent's statement was made (history.projection.ts).
    const before = a.after ? decodeChangeCursor(a.after, "after") : null;
    return historyPage(raw, a.first, before);
  }
  return histories(ctx).history(kind, item.id, a.first, a.after ?? null);
}

const HISTORY = {
  description:
    "The change records of this item, newest first (an item loaded from the seed ends with the load, change 0).",
};

@Resolver()
export class ChangesResolver {
  @Query(() => ChangeConnection, {
    description:
      "The change log oldest first, after a cursor, optionally of some kinds or ids: a feed to sync from (keep `pageInfo.endCursor`).",
  })
  changes(@Args(() => ChangesArgs) a: ChangesArgs, @Ctx() ctx: RequestContext) {
    return changeFeed(
      ctx.db,
      a.after ?? null,
      { kinds: a.kinds?.length ? a.kinds : null, ids: a.ids?.length ? a.ids : null },
      a.first,
    );
  }
}

@Resolver()
export class ChangeSubscriptionResolver {
  @Subscription(() => Change, {
    description:
      "Each change recorded from now on (or after the cursor `after`: every later one first), once and in sequence order, optionally of some kinds or ids. Over WebSocket (graphql-ws) at /graphql; reconnect with the last change's cursor to miss none.",
    subscribe: ({ args, context }) =>
      (context as SubscriptionContext).changed(
        args as Parameters<SubscriptionContext["changed"]>[0],
      ),
  })
  changed(@Root() change: ChangeRecord, @Args(() => ChangedArgs) _a: ChangedArgs): ChangeRecord {
    return change;
  }
}

@Resolver(() => Entity)
export class EntityHistoryResolver {
  @FieldResolver(() => ChangeConnection, HISTORY)
  history(
    @Root() e: Record<string, unknown> & { id: string },
    @Args(() => HistoryArgs) a: HistoryArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return historyOf(ctx, "ENTITY", e, a, info);
  }
}

@Resolver(() => Relationship)
export class RelationshipHistoryResolver {
  @FieldResolver(() => ChangeConnection, HISTORY)
  history(
    @Root() r: Record<string, unknown> & { id: string },
    @Args(() => HistoryArgs) a: HistoryArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return historyOf(ctx, "RELATIONSHIP", r, a, info);
  }
}

@Resolver(() => Event)
export class EventHistoryResolver {
  @FieldResolver(() => ChangeConnection, HISTORY)
  history(
    @Root() e: Record<string, unknown> & { id: string },
    @Args(() => HistoryArgs) a: HistoryArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return historyOf(ctx, "EVENT", e, a, info);
  }
}
