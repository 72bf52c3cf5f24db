import "reflect-metadata";
import { ConfigError, loadConfig } from "../config";
import { LocalNeo4jError } from "./errors";
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from "./local-neo4j";
import { developmentNeo4jOptions } from "./options";

const say = (line: string) => process.stdout.write(`${line}\n`);

/** `npm run neo4j:start | neo4j:stop | neo4j:status` */
async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  const options = developmentNeo4jOptions(config, say);
  switch (command) {
    case "start": {
      const neo = await startLocalNeo4j(options);
      say(`running: pid ${neo.pid}, ${neo.boltUri}, ${neo.browserUrl}`);
      return 0;
    }
    case "stop": {
      const pid = await stopLocalNeo4j(options.home);
      say(pid === undefined ? "Neo4j was not running." : `Stopped Neo4j (pid ${pid}).`);
      return 0;
    }
    case "status": {
      const status = localNeo4jStatus(options.home);
      say(
        status.running
          ? `running: pid ${status.pid}, bolt://127.0.0.1:${options.boltPort}, http://127.0.0.1:${options.httpPort}/browser/`
          : "stopped",
      );
      return status.running ? 0 : 3;
    }
    default:
      say("usage: neo4j-local start|stop|status");
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof LocalNeo4jError || error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    }
    process.exit(1);
  },
);
