import { z } from "zod";

/** Raised when an environment variable is invalid; the message names the variable. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

const bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");
const port = z.coerce.number().int().min(0).max(65535);
const memory = z.string().regex(/^\d+[kmg]$/i, "expected a size such as 512m or 1g");

const envSchema = z.object({
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, "expected a bolt:// or neo4j:// URI")
    .optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().min(8, "must be at least 8 characters").default("iij-dev-password"),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600000).default(10000),
  NEO4J_MAX_POOL_SIZE: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(50)
    .describe("Bolt connections the driver keeps at most; requests beyond it wait for a free one"),
  NEO4J_ACQUISITION_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600000)
    .default(5000)
    .describe(
      "How long a request waits for a pooled connection before failing with SERVICE_UNAVAILABLE",
    ),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HTTP_PORT: port.default(7474),
  NEO4J_HEAP: memory.default("1g"),
  NEO4J_PAGECACHE: memory.default("512m"),
  NEO4J_LOCAL_DIR: z.string().min(1).optional(),
  SEED_ON_START: bool.default(true),
  NODE_ENV: z.string().optional(),
  // Auth: HS256 with JWT_SECRET (development default below), or keys from JWKS_URL.
  JWT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  JWKS_URL: z.string().url().optional(),
  JWT_ISSUER: z.string().min(1).default("iij-kg"),
  JWT_AUDIENCE: z.string().min(1).default("iij-kg-api"),
  REQUIRE_AUTH_FOR_READS: bool.default(false),
  // Query limits (graphql-armor) and HTTP limits.
  MAX_QUERY_DEPTH: z.coerce.number().int().min(1).max(100).default(20),
  MAX_RELATIONSHIP_HOPS: z.coerce.number().int().min(0).max(10).default(3),
  MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(15),
  MAX_TOKENS: z.coerce.number().int().min(10).max(100000).default(1000),
  MAX_DIRECTIVES: z.coerce.number().int().min(0).max(1000).default(50),
  MAX_COST: z.coerce.number().int().min(1).max(1000000).default(5000),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10485760).default(102400),
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).max(3600000).default(60000),
  RATE_LIMIT_MAX: z.coerce.number().int().min(0).max(1000000).default(1200),
  MAX_IN_FLIGHT: z.coerce
    .number()
    .int()
    .min(0)
    .max(100000)
    .optional()
    .describe(
      "GraphQL requests processed at once; one more is answered 503 SERVICE_UNAVAILABLE with Retry-After: 1 " +
        "before Neo4j is asked. 0 turns it off; unset: 1.25 x NEO4J_MAX_POOL_SIZE, rounded up (63 with the default pool)",
    ),
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120000).default(10000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600000).default(10000),
  EVENT_LOOP_STALL_MS: z.coerce
    .number()
    .int()
    .min(10)
    .max(60000)
    .default(200)
    .describe(
      "An event-loop delay above this is logged as a warning and counted in nodejs_eventloop_stalls_total",
    ),
  RECORD_CHANGES: bool
    .default(true)
    .describe(
      "Every mutation records its changes (history, changes, knownAt and subscriptions read them); false only to measure what recording costs (npm run bench:changes)",
    ),
  CHANGES_SWEEP_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600000)
    .default(1000)
    .describe(
      "Each replica numbers change records left without a number (by a replica that stopped right after a write) this often",
    ),
  CHANGES_POLL_MS: z.coerce
    .number()
    .int()
    .min(10)
    .max(60000)
    .default(200)
    .describe(
      "While anyone subscribes, each replica reads the change log this often (its own writes' changes it takes as they are numbered)",
    ),
  SUBSCRIPTION_MAX_LAG: z.coerce
    .number()
    .int()
    .min(1)
    .max(10000000)
    .default(10000)
    .describe(
      "A subscriber this many changes behind is disconnected (close code 4413) and may reconnect with its last cursor",
    ),
  SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().min(1).max(1000).default(10),
  SUBSCRIPTION_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(100000).default(1000),
  SUBSCRIPTION_MAX_CONNECTIONS_PER_ADDRESS: z.coerce.number().int().min(1).max(100000).default(50),
  SUBSCRIPTION_MAX_PAYLOAD_BYTES: z.coerce.number().int().min(1024).max(10485760).default(65536),
  SUBSCRIPTION_KEEPALIVE_MS: z.coerce.number().int().min(0).max(600000).default(12000),
  SUBSCRIPTION_INIT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600000).default(3000),
  CSRF_PREVENTION: bool.default(true),
  INTROSPECTION: bool.optional(),
  HIDE_SCHEMA_DETAILS: bool.optional(),
});

/** Every variable the server reads, with its default when it has one: what `.env.example` and the README list. */
export function environmentVariables(): Array<{ name: string; default: unknown }> {
  const defaults = envSchema.parse({}) as Record<string, unknown>;
  return Object.keys(envSchema.shape).map((name) => ({ name, default: defaults[name] }));
}

/** Development default of JWT_SECRET; refused when NODE_ENV=production. */
export const DEV_JWT_SECRET = "iij-kg-development-secret-do-not-use-in-production";

export interface LocalNeo4jConfig {
  /** Folder holding the installed jars and the server's home (git-ignored). */
  readonly dir: string | undefined;
  readonly boltPort: number;
  readonly httpPort: number;
  readonly heap: string;
  readonly pageCache: string;
}

export interface AppConfig {
  readonly host: string;
  readonly port: number;
  readonly logLevel: string;
  readonly seedOnStart: boolean;
  readonly neo4j: {
    /** Undefined means: start the local Neo4j and connect to it. */
    readonly uri: string | undefined;
    readonly user: string;
    readonly password: string;
    readonly database: string;
    readonly queryTimeoutMs: number;
    readonly maxPoolSize: number;
    readonly acquisitionTimeoutMs: number;
  };
  readonly local: LocalNeo4jConfig;
  readonly auth: AuthConfig;
  readonly limits: LimitsConfig;
  readonly monitoring: MonitoringConfig;
  readonly subscriptions: SubscriptionsConfig;
}

/** Live updates: how each replica reads the change log, and what one WebSocket client may hold. */
export interface SubscriptionsConfig {
  /** Whether mutations record their changes (see RECORD_CHANGES). */
  readonly record: boolean;
  readonly pollMs: number;
  /** How often records left without a number are numbered (see ChangeSequencer). */
  readonly sweepMs: number;
  /** A subscriber this many changes behind is disconnected with a reason. */
  readonly maxLag: number;
  readonly perConnection: number;
  readonly maxConnections: number;
  readonly maxConnectionsPerAddress: number;
  /** Largest message a client may send (ws closes the socket with 1009 above it). */
  readonly maxPayloadBytes: number;
  /** A ping this often; a socket that has not answered by the next one is closed. 0 turns it off. */
  readonly keepAliveMs: number;
  /** Time a client has to send `connection_init` (graphql-ws closes with 4408 after it). */
  readonly initTimeoutMs: number;
}

/** Process health signals beyond the per-request metrics. */
export interface MonitoringConfig {
  /** Event-loop delays above this many milliseconds are logged and counted as stalls. */
  readonly eventLoopStallMs: number;
}

export interface AuthConfig {
  /** HS256 secret; ignored when jwksUrl is set. */
  readonly secret: string;
  readonly jwksUrl: string | undefined;
  readonly issuer: string;
  readonly audience: string;
  readonly requireAuthForReads: boolean;
}

/** What one request may cost; every field has an environment variable and a default. */
export interface LimitsConfig {
  readonly maxDepth: number;
  /** Relationship fields followed below a root field (schema/relationship-hops.rule.ts). */
  readonly maxHops: number;
  readonly maxAliases: number;
  readonly maxTokens: number;
  readonly maxDirectives: number;
  readonly maxCost: number;
  readonly maxBodyBytes: number;
  /** Requests per client per window; 0 turns the limit off. */
  readonly rateLimitMax: number;
  readonly rateLimitWindowMs: number;
  /** GraphQL requests in flight at most (admission control, src/http/admission.ts); 0 turns the limit off. */
  readonly maxInFlight: number;
  readonly headersTimeoutMs: number;
  /** On SIGTERM, requests in flight get this long to finish before their connections are closed. */
  readonly shutdownGraceMs: number;
  readonly csrfPrevention: boolean;
  readonly introspection: boolean;
  readonly hideSchemaDetails: boolean;
}

/**
 * MAX_IN_FLIGHT when unset: the Bolt pool plus a quarter, rounded up (63 for the default pool of 50). Nearly
 * every request holds one pooled connection while it runs, so more admitted requests than connections only wait
 * in the driver's acquisition queue; the extra quarter keeps the pool busy while some admitted requests are
 * parsing, validating or serialising, and bounds how long an admitted request can wait (Little's law: in flight
 * divided by throughput).
 */
export function defaultMaxInFlight(maxPoolSize: number): number {
  return Math.ceil(maxPoolSize * 1.25);
}

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid environment: ${problems.join("; ")}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  if (production && !e.JWT_SECRET && !e.JWKS_URL) {
    throw new ConfigError(
      "Invalid environment: JWT_SECRET: set it (or JWKS_URL) when NODE_ENV=production",
    );
  }
  return Object.freeze({
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    seedOnStart: e.SEED_ON_START,
    neo4j: Object.freeze({
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
      maxPoolSize: e.NEO4J_MAX_POOL_SIZE,
      acquisitionTimeoutMs: e.NEO4J_ACQUISITION_TIMEOUT_MS,
    }),
    local: Object.freeze({
      dir: e.NEO4J_LOCAL_DIR,
      boltPort: e.NEO4J_BOLT_PORT,
      httpPort: e.NEO4J_HTTP_PORT,
      heap: e.NEO4J_HEAP,
      pageCache: e.NEO4J_PAGECACHE,
    }),
    auth: Object.freeze({
      secret: e.JWT_SECRET ?? DEV_JWT_SECRET,
      jwksUrl: e.JWKS_URL,
      issuer: e.JWT_ISSUER,
      audience: e.JWT_AUDIENCE,
      requireAuthForReads: e.REQUIRE_AUTH_FOR_READS,
    }),
    limits: Object.freeze({
      maxDepth: e.MAX_QUERY_DEPTH,
      maxHops: e.MAX_RELATIONSHIP_HOPS,
      maxAliases: e.MAX_ALIASES,
      maxTokens: e.MAX_TOKENS,
      maxDirectives: e.MAX_DIRECTIVES,
      maxCost: e.MAX_COST,
      maxBodyBytes: e.MAX_BODY_BYTES,
      rateLimitMax: e.RATE_LIMIT_MAX,
      rateLimitWindowMs: e.RATE_LIMIT_WINDOW_MS,
      maxInFlight: e.MAX_IN_FLIGHT ?? defaultMaxInFlight(e.NEO4J_MAX_POOL_SIZE),
      headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
      shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
      csrfPrevention: e.CSRF_PREVENTION,
      introspection: e.INTROSPECTION ?? !production,
      hideSchemaDetails: e.HIDE_SCHEMA_DETAILS ?? production,
    }),
    monitoring: Object.freeze({ eventLoopStallMs: e.EVENT_LOOP_STALL_MS }),
    subscriptions: Object.freeze({
      record: e.RECORD_CHANGES,
      pollMs: e.CHANGES_POLL_MS,
      sweepMs: e.CHANGES_SWEEP_MS,
      maxLag: e.SUBSCRIPTION_MAX_LAG,
      perConnection: e.SUBSCRIPTIONS_PER_CONNECTION,
      maxConnections: e.SUBSCRIPTION_MAX_CONNECTIONS,
      maxConnectionsPerAddress: e.SUBSCRIPTION_MAX_CONNECTIONS_PER_ADDRESS,
      maxPayloadBytes: e.SUBSCRIPTION_MAX_PAYLOAD_BYTES,
      keepAliveMs: e.SUBSCRIPTION_KEEPALIVE_MS,
      initTimeoutMs: e.SUBSCRIPTION_INIT_TIMEOUT_MS,
    }),
  });
}
