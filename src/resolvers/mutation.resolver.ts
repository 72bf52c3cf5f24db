import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Authorized, Ctx, Info, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../context";
import { createEntity, deleteEntity, updateEntity } from "../domain/entity-write.store";
import { createEvent, deleteEvent, updateEvent } from "../domain/event-write.store";
import {
  createRelationship,
  deleteRelationship,
  updateRelationship,
} from "../domain/relationship-write.store";
import { sourceText } from "../domain/source-text";
import { resolveCitation } from "../domain/write.rules";
import { DeleteArgs } from "../schema/delete.args";
import { Entity } from "../schema/entity.type";
import { CreateEntityInput, UpdateEntityInput } from "../schema/entity.input";
import { Event } from "../schema/event.type";
import { CreateEventInput, UpdateEventInput } from "../schema/event.input";
import {
  DeleteResult,
  EntityWriteResult,
  EventWriteResult,
  RelationshipWriteResult,
} from "../schema/mutation.type";
import { Relationship } from "../schema/relation.type";
import { CreateRelationshipInput, UpdateRelationshipInput } from "../schema/relationship.input";

const now = () => new Date().toISOString();

/** Logs who deletes what and why; the citation goes into the change record (the deleted item cannot carry it). */
function auditDelete(ctx: RequestContext, what: string, a: DeleteArgs) {
  const citation = resolveCitation(a.citation, sourceText(), "citation");
  ctx.logger.info({ what, id: a.id, by: ctx.user!.id, citation }, "delete");
  return citation;
}

/** Writes, for editors only; each runs in one transaction. */
@Resolver()
export class MutationResolver {
  @Authorized("editor")
  @Mutation(() => EntityWriteResult, { description: "Creates an entity (idempotent on its id)." })
  createEntity(
    @Info() info: GraphQLResolveInfo,
    @Arg("input", () => CreateEntityInput, {
      description: "The entity to create, with at least one citation.",
    })
    input: CreateEntityInput,
    @Ctx() ctx: RequestContext,
  ) {
    return createEntity(ctx.db, info, ctx.user!, input, now());
  }

  @Authorized("editor")
  @Mutation(() => Entity, { description: "Changes an entity's fields and adds a citation." })
  updateEntity(
    @Info() info: GraphQLResolveInfo,
    @Arg("input", () => UpdateEntityInput, {
      description: "The entity's id, the fields to change and the citation for the change.",
    })
    input: UpdateEntityInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateEntity(ctx.db, info, ctx.user!, input, now());
  }

  @Authorized("editor")
  @Mutation(() => DeleteResult, { description: "Deletes an entity and its relationships." })
  deleteEntity(@Args(() => DeleteArgs) a: DeleteArgs, @Ctx() ctx: RequestContext) {
    const citation = auditDelete(ctx, "entity", a);
    return deleteEntity(ctx.db, ctx.user!, a.id, citation);
  }

  @Authorized("editor")
  @Mutation(() => RelationshipWriteResult, {
    description: "Creates a relationship (idempotent on its id).",
  })
  createRelationship(
    @Info() info: GraphQLResolveInfo,
    @Arg("input", () => CreateRelationshipInput, {
      description: "The relationship to create, with at least one citation.",
    })
    input: CreateRelationshipInput,
    @Ctx() ctx: RequestContext,
  ) {
    return createRelationship(ctx.db, info, ctx.user!, input, now());
  }

  @Authorized("editor")
  @Mutation(() => Relationship, {
    description: "Changes a relationship's properties and adds a citation.",
  })
  updateRelationship(
    @Info() info: GraphQLResolveInfo,
    @Arg("input", () => UpdateRelationshipInput, {
      description:
        "The relationship's id, the properties to change and the citation for the change.",
    })
    input: UpdateRelationshipInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateRelationship(ctx.db, info, ctx.user!, input, now());
  }

  @Authorized("editor")
  @Mutation(() => DeleteResult, {
    description: "Deletes a relationship (INVOLVES goes with its event).",
  })
  deleteRelationship(@Args(() => DeleteArgs) a: DeleteArgs, @Ctx() ctx: RequestContext) {
    const citation = auditDelete(ctx, "relationship", a);
    return deleteRelationship(ctx.db, ctx.user!, a.id, citation);
  }

  @Authorized("editor")
  @Mutation(() => EventWriteResult, {
    description: "Creates an event with its participants (idempotent on its id).",
  })
  createEvent(
    @Info() info: GraphQLResolveInfo,
    @Arg("input", () => CreateEventInput, {
      description: "The event to create, with its participants and at least one citation.",
    })
    input: CreateEventInput,
    @Ctx() ctx: RequestContext,
  ) {
    return createEvent(ctx.db, info, ctx.user!, input, now());
  }

  @Authorized("editor")
  @Mutation(() => Event, {
    description: "Changes an event's fields or participants and adds a citation.",
  })
  updateEvent(
    @Info() info: GraphQLResolveInfo,
    @Arg("input", () => UpdateEventInput, {
      description: "The event's id, the fields to change and the citation for the change.",
    })
    input: UpdateEventInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateEvent(ctx.db, info, ctx.user!, input, now());
  }

  @Authorized("editor")
  @Mutation(() => DeleteResult, { description: "Deletes an event and its INVOLVES relationships." })
  deleteEvent(@Args(() => DeleteArgs) a: DeleteArgs, @Ctx() ctx: RequestContext) {
    const citation = auditDelete(ctx, "event", a);
    return deleteEvent(ctx.db, ctx.user!, a.id, citation);
  }
}
