/** Roles a token may carry; an editor may also read. */
export const ROLES = ["viewer", "editor"] as const;
export type Role = (typeof ROLES)[number];

/** Who sent the request, from a verified bearer token. */
export interface Principal {
  /** The token's `sub`; recorded as createdBy / updatedBy on written items. */
  readonly id: string;
  readonly roles: readonly Role[];
}
