import neo4j, { type Driver } from "neo4j-driver";

export interface DriverSettings {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** Default 50 (NEO4J_MAX_POOL_SIZE). */
  readonly maxPoolSize?: number;
  /** Default 5,000 ms (NEO4J_ACQUISITION_TIMEOUT_MS). */
  readonly acquisitionTimeoutMs?: number;
}

/** How long the driver keeps retrying a transaction that failed with a transient error. */
export const MAX_TRANSACTION_RETRY_MS = 5000;

/** The one driver of the process. */
export function createDriver(s: DriverSettings): Driver {
  return neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password), {
    maxConnectionPoolSize: s.maxPoolSize ?? 50,
    connectionAcquisitionTimeout: s.acquisitionTimeoutMs ?? 5000,
    connectionTimeout: 3000,
    maxTransactionRetryTime: MAX_TRANSACTION_RETRY_MS,
    disableLosslessIntegers: false,
    userAgent: "iij-knowledge-graph",
    // Neo4j otherwise sends its notifications (unknown property keys or relationship types, performance
    // hints) with every result: for the shared relationship fragment that is 15 maps of prose per read,
    // decoded and dropped, a fifth of the driver's CPU. Nothing here reads them.
    notificationFilter: { minimumSeverityLevel: "OFF" },
  });
}

export type { Driver };
