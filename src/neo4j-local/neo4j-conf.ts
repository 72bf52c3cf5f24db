export interface Neo4jConfSettings {
  readonly boltPort: number;
  readonly httpPort: number;
  readonly pageCache: string;
  readonly authEnabled: boolean;
  /** Transaction timeout the server enforces, a backstop behind the driver's per-query timeout. */
  readonly transactionTimeout: string;
}

/**
 * Renders neo4j.conf for a development or test instance: loopback only, TLS off, bounded memory.
 * Neo4j validates strictly: every key here must be a real 5.26 setting, each once.
 */
export function renderNeo4jConf(s: Neo4jConfSettings): string {
  return [
    "# Written by the project's local Neo4j launcher; edits are overwritten at each start.",
    "server.directories.data=data",
    "server.directories.logs=logs",
    "server.directories.plugins=plugins",
    "server.directories.import=import",
    "server.directories.run=run",
    "server.default_listen_address=127.0.0.1",
    "server.default_advertised_address=127.0.0.1",
    "server.bolt.enabled=true",
    `server.bolt.listen_address=:${s.boltPort}`,
    `server.bolt.advertised_address=:${s.boltPort}`,
    "server.bolt.tls_level=DISABLED",
    "server.http.enabled=true",
    `server.http.listen_address=:${s.httpPort}`,
    `server.http.advertised_address=:${s.httpPort}`,
    "server.https.enabled=false",
    `server.memory.pagecache.size=${s.pageCache}`,
    `db.transaction.timeout=${s.transactionTimeout}`,
    "dbms.usage_report.enabled=false",
    `dbms.security.auth_enabled=${s.authEnabled}`,
    "",
  ].join("\n");
}

/** JVM flags the official launcher adds on JDK 17 (the server does not add them itself). */
export function jvmFlags(heap: string): string[] {
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+AlwaysPreTouch",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "-XX:FlightRecorderOptions=stackdepth=256",
    "-XX:+UnlockDiagnosticVMOptions",
    "-XX:+DebugNonSafepoints",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
  ];
}
