import { z } from "zod";

/** Raised when an environment variable is invalid; the message names the variable. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

const bool = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1");
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
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HTTP_PORT: port.default(7474),
  NEO4J_HEAP: memory.default("1g"),
  NEO4J_PAGECACHE: memory.default("512m"),
  NEO4J_LOCAL_DIR: z.string().min(1).optional(),
  SEED_ON_START: bool.default(true),
});

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
  };
  readonly local: LocalNeo4jConfig;
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
    }),
    local: Object.freeze({
      dir: e.NEO4J_LOCAL_DIR,
      boltPort: e.NEO4J_BOLT_PORT,
      httpPort: e.NEO4J_HTTP_PORT,
      heap: e.NEO4J_HEAP,
      pageCache: e.NEO4J_PAGECACHE,
    }),
  });
}
