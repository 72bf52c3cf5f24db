/** The statements that read one event or relationship by id, shaped like the selection: what the writes return. */

import { eventProjection } from "../translate/event.projection";
import { relationshipProjection } from "../translate/relationship.projection";
import type { Shaped } from "../translate/shaped";
import { rootPath, translate, type RootInfo } from "../translate/translate";
import { nodesAt } from "../translate/walk";

/**
 * The statement reading one event (`$id`) shaped like the selection at `at` under the root field (what an
 * event's create or update returns); it returns `event`.
 */
export const eventStatement = (info: RootInfo, at: readonly string[] = []) =>
  translate<{ event: Shaped }>(
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
  translate<{ relationship: Shaped }>(
    info,
    "queries/get-relationship",
    (t, nodes) => {
      const path = [rootPath(info), ...at].join(".");
      return `RETURN ${relationshipProjection(t, "r", nodesAt(nodes, at, t.walk), path)} AS relationship`;
    },
    at.join("."),
  );
