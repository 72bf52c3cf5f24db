import {
  createRemoteJWKSet,
  jwtVerify,
  SignJWT,
  type JWTPayload,
  type JWTVerifyGetKey,
} from "jose";
import type { AuthConfig } from "../config";
import { ROLES, type Principal, type Role } from "./principal";

/** Verifies a bearer token; rejects with a short reason the client may see. */
export type TokenVerifier = (token: string) => Promise<Principal>;

export class TokenError extends Error {
  override readonly name = "TokenError";
}

function rolesOf(payload: JWTPayload): Role[] {
  const raw = payload.roles ?? payload.role;
  const list = Array.isArray(raw) ? raw : typeof raw === "string" ? [raw] : [];
  return list.filter((r): r is Role => (ROLES as readonly string[]).includes(r as string));
}

/** HS256 with the configured secret, or the keys at JWKS_URL (RS256, ES256, EdDSA ...). */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const options = {
    issuer: config.issuer,
    audience: config.audience,
    requiredClaims: ["sub", "exp"],
  };
  const jwks: JWTVerifyGetKey | undefined = config.jwksUrl
    ? createRemoteJWKSet(new URL(config.jwksUrl))
    : undefined;
  const secret = new TextEncoder().encode(config.secret);
  return async (token) => {
    try {
      const { payload } = jwks
        ? await jwtVerify(token, jwks, options)
        : await jwtVerify(token, secret, { ...options, algorithms: ["HS256"] });
      return { id: String(payload.sub), roles: rolesOf(payload) };
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new TokenError(
        code === "ERR_JWT_EXPIRED" ? "The token has expired." : "The token is not valid.",
      );
    }
  };
}

export interface TokenRequest {
  readonly subject: string;
  readonly roles: readonly Role[];
  /** Lifetime, e.g. "12h" (jose time span). */
  readonly expiresIn: string;
}

/** Mints an HS256 token for development and tests. */
export function signToken(config: AuthConfig, request: TokenRequest): Promise<string> {
  return new SignJWT({ roles: [...request.roles] })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(request.subject)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn)
    .sign(new TextEncoder().encode(config.secret));
}

/** The token of an `Authorization: Bearer <token>` header; undefined when there is none. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : "";
}
