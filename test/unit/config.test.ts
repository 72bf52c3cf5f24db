import { ConfigError, loadConfig } from "../../src/config";

describe("loadConfig", () => {
  it("gives documented defaults for an empty environment", () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.neo4j.user).toBe("neo4j");
    expect(c.neo4j.password).toBe("iij-dev-password");
    expect(c.local.boltPort).toBe(7687);
    expect(c.local.httpPort).toBe(7474);
    expect(c.seedOnStart).toBe(true);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it("reads NEO4J_URI and ports", () => {
    const c = loadConfig({
      NEO4J_URI: "neo4j://db.example:7687",
      PORT: "8080",
      NEO4J_BOLT_PORT: "17687",
    });
    expect(c.neo4j.uri).toBe("neo4j://db.example:7687");
    expect(c.port).toBe(8080);
    expect(c.local.boltPort).toBe(17687);
  });

  it.each([
    [{ PORT: "not-a-port" }, "PORT"],
    [{ NEO4J_URI: "http://localhost:7474" }, "NEO4J_URI"],
    [{ NEO4J_PASSWORD: "short" }, "NEO4J_PASSWORD"],
    [{ NEO4J_HEAP: "lots" }, "NEO4J_HEAP"],
    [{ SEED_ON_START: "maybe" }, "SEED_ON_START"],
  ])("rejects %j naming the variable", (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(variable));
  });

  it("reads the pool and event-loop settings, with unchanged defaults", () => {
    const defaults = loadConfig({});
    expect(defaults.neo4j).toMatchObject({ maxPoolSize: 50, acquisitionTimeoutMs: 5000 });
    expect(defaults.monitoring).toEqual({ eventLoopStallMs: 200 });
    const set = loadConfig({
      NEO4J_MAX_POOL_SIZE: "4",
      NEO4J_ACQUISITION_TIMEOUT_MS: "2000",
      EVENT_LOOP_STALL_MS: "50",
    });
    expect(set.neo4j).toMatchObject({ maxPoolSize: 4, acquisitionTimeoutMs: 2000 });
    expect(set.monitoring.eventLoopStallMs).toBe(50);
    expect(() => loadConfig({ NEO4J_MAX_POOL_SIZE: "0" })).toThrow(/NEO4J_MAX_POOL_SIZE/);
    expect(() => loadConfig({ EVENT_LOOP_STALL_MS: "soon" })).toThrow(/EVENT_LOOP_STALL_MS/);
  });
});
