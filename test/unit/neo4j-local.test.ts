import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jvmFlags, renderNeo4jConf } from "../../src/neo4j-local/neo4j-conf";
import { classArchiveFile, classArchiveFlags } from "../../src/neo4j-local/server-process";
import { parseJavaMajor } from "../../src/neo4j-local/prerequisites";

describe("renderNeo4jConf", () => {
  const conf = renderNeo4jConf({
    boltPort: 17687,
    httpPort: 17474,
    pageCache: "256m",
    authEnabled: true,
    transactionTimeout: "30s",
  });
  const keys = conf
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => l.split("=")[0]);

  it("listens on loopback only, with the given ports", () => {
    expect(conf).toContain("server.default_listen_address=127.0.0.1");
    expect(conf).toContain("server.bolt.listen_address=:17687");
    expect(conf).toContain("server.http.listen_address=:17474");
    expect(conf).toContain("server.bolt.advertised_address=:17687");
  });

  it("keeps authentication on and bounds the page cache", () => {
    expect(conf).toContain("dbms.security.auth_enabled=true");
    expect(conf).toContain("server.memory.pagecache.size=256m");
  });

  it("writes each key once (Neo4j's strict validation rejects repeats)", () => {
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("jvmFlags", () => {
  it("bounds the heap and opens the modules Neo4j needs on JDK 17", () => {
    const flags = jvmFlags("1g");
    expect(flags).toEqual(
      expect.arrayContaining(["-Xms1g", "-Xmx1g", "--add-opens=java.base/java.nio=ALL-UNNAMED"]),
    );
  });
});

describe("classArchiveFlags", () => {
  const home = mkdtempSync(join(tmpdir(), "iij-class-archive-"));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it("records the archive at exit until it exists, then maps it; nothing without an archive", () => {
    const archive = classArchiveFile(home, "5.26.30");
    expect(archive).toBe(join(home, "classes-5.26.30.jsa"));
    expect(classArchiveFlags(archive)).toEqual([`-XX:ArchiveClassesAtExit=${archive}`]);
    writeFileSync(archive, "");
    expect(classArchiveFlags(archive)).toEqual([`-XX:SharedArchiveFile=${archive}`]);
    expect(classArchiveFlags(undefined)).toEqual([]);
  });
});

describe("parseJavaMajor", () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ["no java here", undefined],
  ])("parses %s", (text, major) => {
    expect(parseJavaMajor(text)).toBe(major);
  });
});
