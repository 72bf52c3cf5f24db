/**
 * The key under which a projection stores a field that takes arguments: its name when it is not aliased,
 * else name and alias (two aliases of one field may ask for different arguments). A key with a colon is
 * never a field name, so it cannot collide with the plain fields, which are stored under their names and
 * read by graphql-js's default resolver.
 */
export function projectionKey(fieldName: string, responseKey: string): string {
  return responseKey === fieldName ? fieldName : `${fieldName}:${responseKey}`;
}

/** The value a translated parent holds for the field being resolved (a field resolver's whole work). */
export function projected<T>(
  parent: Record<string, unknown>,
  info: { fieldName: string; path: { key: string | number } },
): T {
  return parent[projectionKey(info.fieldName, String(info.path.key))] as T;
}
