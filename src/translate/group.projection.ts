import { GraphQLObjectType, type FieldNode } from "graphql";
import { entityProjection } from "./entity.projection";
import { bind } from "./shaped";
import { resolvedFromParent, storedField } from "./stored.projection";
import { mapOf, type Translation } from "./translation";
import { selectedFields } from "./walk";

/**
 * A member of a corporate group (`m`: {member, r, depth, stakes}, see get-corporate-group) as a
 * `GroupMember`: the holding's fields come from `r`, the OWNS relationship from its direct parent; `stakes`
 * is kept for the effective percentage, which the store works out.
 */
export function groupMemberProjection(
  t: Translation,
  m: string,
  nodes: readonly FieldNode[],
  path: string,
): string {
  const type = t.walk.schema.getType("GroupMember");
  if (!(type instanceof GraphQLObjectType)) throw new Error("No object type GroupMember");
  const entries: Array<[string, string]> = [["stakes", `${m}.stakes`]];
  for (const field of selectedFields(nodes, type, t.walk)) {
    switch (field.name) {
      case "entity": {
        const member = t.variable("member");
        const entity = entityProjection(t, member, field.nodes, `${path}.entity`);
        entries.push(["entity", bind(`${m}.member`, member, entity)]);
        break;
      }
      case "parentId":
        entries.push(["parentId", `startNode(${m}.r).id`]);
        break;
      case "relationshipId":
        entries.push(["relationshipId", `${m}.r.id`]);
        break;
      case "depth":
        entries.push(["depth", `${m}.depth`]);
        break;
      case "effectivePercentage":
        break;
      default: {
        const stored = storedField(t, `${m}.r`, field);
        if (stored !== undefined) entries.push([field.key, stored]);
        else if (!resolvedFromParent(field)) {
          throw new Error(`The translator has no rule for GroupMember.${field.name}`);
        }
      }
    }
  }
  return mapOf(entries);
}
