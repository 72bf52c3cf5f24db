import type { AuthChecker } from "type-graphql";
import type { RequestContext } from "../context";
import { ForbiddenError, UnauthenticatedError } from "../errors";

/** `@Authorized("editor")`: no or a bad token is UNAUTHENTICATED, a token without the role FORBIDDEN. */
export const authChecker: AuthChecker<RequestContext> = ({ context }, roles) => {
  if (context.authError) throw new UnauthenticatedError(context.authError);
  if (!context.user) throw new UnauthenticatedError();
  const missing = roles.find((role) => !context.user!.roles.includes(role as never));
  if (missing) throw new ForbiddenError(missing);
  return true;
};
