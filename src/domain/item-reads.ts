/** The statements that read one item by id, shaped like the selection: the `entity` query and what the writes return. */

import { entityProjection } from "../translate/entity.projection";
import { eventProjection } from "../translate/event.projection";
import { relationshipProjection } from "../translate/relationship.projection";
import { rootPath, translate, type RootInfo } from "../translate/translate";
import { nodesAt } from "../translate/walk";

/**
 * The statement reading one entity (`$id`) shaped like the selection found at `at` under the root field
 * (`["entity"]` in a create's answer); it returns `entity`.
 */
export const entityStatement = (info: RootInfo, at: readonly string[] = []) =>
  translate(
    info,
    "queries/get-entity",
    (t, nodes) => {
      const path = [rootPath(info), ...at].join(".");
      return `RETURN ${entityProjection(t, "n", nodesAt(nodes, at, t.walk), path)} AS entity`;
    },
    at.join("."),
  );

/**
 * The statement reading one event (`$id`) shaped like the selection at `at` under the root field (what an
 * event's create or update returns); it returns `event`.
 */
export const eventStatement = (info: RootInfo, at: readonly string[] = []) =>
  translate(
    info,
    "queries/get-event",
    (t, nodes) => {
      const path = [rootPath(info), ...at].join(".");
      return `RETURN ${eventProjection(t, "e", nodesAt(nodes, at, t.walk), path)} AS event`;
    },
    at.join("."),
  );

/** The statement reading one relationship (`$id`) shaped like the selection at `at`; it returns `relationship`. */
export const relationshipStatement = (info: RootInfo, at: readonly string[] = []) =>
  translate(
    info,
    "queries/get-relationship",
    (t, nodes) =>
      `RETURN ${relationshipProjection(t, "r", nodesAt(nodes, at, t.walk))} AS relationship`,
    at.join("."),
  );
