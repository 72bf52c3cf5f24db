import neo4j, { type Driver } from "neo4j-driver";

export interface DriverSettings {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

/** The one driver of the process. */
export function createDriver(s: DriverSettings): Driver {
  return neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password), {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 5000,
    connectionTimeout: 3000,
    maxTransactionRetryTime: 5000,
    disableLosslessIntegers: false,
    userAgent: "iij-knowledge-graph",
  });
}

export type { Driver };
