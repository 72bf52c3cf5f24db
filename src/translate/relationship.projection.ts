import { GraphQLObjectType, type FieldNode } from "graphql";
import { historyProjection } from "./history.projection";
import { resolvedFromParent, storedField } from "./stored.projection";
import { mapOf, type Translation } from "./translation";
import { selectedFields } from "./walk";

/**
 * Relationship `r` as a `Relationship` object: its id, type and the ids of its ends; `label` and `properties`
 * come from all its stored properties (`stored`), which the Relationship field resolvers present.
 */
export function relationshipProjection(
  t: Translation,
  r: string,
  nodes: readonly FieldNode[],
  /** Where the relationship is in the answer, for the errors of its fields' arguments. */
  path = "relationship",
): string {
  const type = t.walk.schema.getType("Relationship");
  if (!(type instanceof GraphQLObjectType)) throw new Error("No object type Relationship");
  const entries: Array<[string, string]> = [
    ["id", `${r}.id`],
    ["type", `type(${r})`],
  ];
  for (const field of selectedFields(nodes, type, t.walk)) {
    switch (field.name) {
      case "id":
      case "type":
        break;
      case "source":
        entries.push(["source", `startNode(${r}).id`]);
        break;
      case "target":
        entries.push(["target", `endNode(${r}).id`]);
        break;
      case "history":
        entries.push([
          field.key,
          historyProjection(t, r, "RELATIONSHIP", field, `${path}.history`),
        ]);
        break;
      case "label":
      case "properties":
        if (!entries.some(([k]) => k === "stored")) entries.push(["stored", `properties(${r})`]);
        break;
      default: {
        const stored = storedField(t, r, field);
        if (stored !== undefined) entries.push([field.key, stored]);
        else if (!resolvedFromParent(field)) {
          throw new Error(`The translator has no rule for Relationship.${field.name}`);
        }
      }
    }
  }
  return mapOf(entries);
}
