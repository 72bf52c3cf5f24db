import neo4j from "neo4j-driver";

export interface BoltTarget {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

/** One connectivity check with a throwaway driver; resolves to the error message or undefined when up. */
export async function checkBolt(target: BoltTarget): Promise<string | undefined> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
  });
  try {
    await driver.verifyConnectivity();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await driver.close();
  }
}

/** True when an error message from checkBolt means wrong credentials rather than "not up yet". */
export function isAuthFailure(message: string): boolean {
  return /unauthorized|authentication|credentials/i.test(message);
}
