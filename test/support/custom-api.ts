import "reflect-metadata";
import { signToken } from "../../src/auth/jwt";
import type { Role } from "../../src/auth/principal";
import { loadConfig, type LimitsConfig, type SubscriptionsConfig } from "../../src/config";
import type { GraphGateway } from "../../src/graph/gateway";
import { createLogger } from "../../src/logger";
import { createServer, type RunningServer } from "../../src/server";
import { postGraphQL, type GraphQLResponse } from "./api";

/** A bearer token signed with the configured (development) secret. */
export async function tokenFor(
  roles: Role[],
  subject = "test-user",
  expiresIn = "10m",
): Promise<string> {
  return signToken(loadConfig().auth, { subject, roles, expiresIn });
}

export async function authHeader(roles: Role[], subject?: string): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await tokenFor(roles, subject)}` };
}

/** Our server over a given gateway with some limits or auth settings changed. */
export class CustomApi {
  private constructor(readonly server: RunningServer) {}

  static async start(
    gateway: GraphGateway,
    limits: Partial<LimitsConfig> = {},
    auth: Partial<ReturnType<typeof loadConfig>["auth"]> = {},
    subscriptions: Partial<SubscriptionsConfig> = {},
  ): Promise<CustomApi> {
    const config = loadConfig();
    const server = await createServer(
      {
        gateway,
        logger: createLogger("silent"),
        config: {
          ...config,
          auth: { ...config.auth, ...auth },
          limits: { ...config.limits, rateLimitMax: 0, ...limits },
          subscriptions: { ...config.subscriptions, ...subscriptions },
        },
      },
      0,
      "127.0.0.1",
    );
    return new CustomApi(server);
  }

  get baseUrl(): string {
    return this.server.url.replace(/\/graphql$/, "");
  }

  gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    return postGraphQL<T>(this.server.url, query, variables, headers);
  }

  stop(): Promise<void> {
    return this.server.stop();
  }
}
