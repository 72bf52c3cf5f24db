import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config";
import { signToken } from "./jwt";
import { ROLES, type Role } from "./principal";

/** `npm run token -- --role editor [--sub alice] [--expires 12h]`: prints a development token (HS256, JWT_SECRET). */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: "string", multiple: true, default: ["viewer"] },
      sub: { type: "string", default: "dev-user" },
      expires: { type: "string", default: "12h" },
    },
  });
  const roles = values.role as string[];
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length)
    throw new ConfigError(`Unknown role ${unknown.join(", ")}; use ${ROLES.join(" or ")}.`);
  const config = loadConfig();
  if (config.auth.jwksUrl) {
    throw new ConfigError(
      "JWKS_URL is set: tokens come from your identity provider, not from this helper.",
    );
  }
  const token = await signToken(config.auth, {
    subject: values.sub as string,
    roles: roles as Role[],
    expiresIn: values.expires as string,
  });
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
