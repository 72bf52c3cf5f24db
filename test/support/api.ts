import "reflect-metadata";
import { loadConfig } from "../../src/config";
import { openDatabase, type Database } from "../../src/database";
import { createLogger } from "../../src/logger";
import { createServer, type RunningServer } from "../../src/server";

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
}

/** POSTs one GraphQL operation over real HTTP; the status, headers and body as they came. */
export async function postGraphQL<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: GraphQLResponse["errors"] };
  return { status: res.status, headers: res.headers, ...body };
}

/** Our real server on a free loopback port, over the test Neo4j. */
export class TestApi {
  private constructor(
    readonly db: Database,
    readonly server: RunningServer,
  ) {}

  static async start(): Promise<TestApi> {
    const config = loadConfig();
    const logger = createLogger("silent");
    const db = await openDatabase(config, logger);
    const server = await createServer({ gateway: db.gateway, logger, config }, 0, "127.0.0.1");
    return new TestApi(db, server);
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

  /** Like gql, but fails the test when the response has errors. */
  async data<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const res = await this.gql<T>(query, variables);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
  }
}
