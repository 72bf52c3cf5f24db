import { join } from "node:path";
import type { AppConfig } from "../config";
import { projectRoot } from "../project-root";
import { defaultLocalDir, type LocalNeo4jOptions } from "./local-neo4j";

/** Launcher options for the development server of `npm start` / `npm run neo4j:*`. */
export function developmentNeo4jOptions(
  config: AppConfig,
  progress: (line: string) => void,
): LocalNeo4jOptions {
  const root = projectRoot();
  const installDir = config.local.dir ?? defaultLocalDir(root);
  return {
    root,
    installDir,
    home: join(installDir, "home"),
    boltPort: config.local.boltPort,
    httpPort: config.local.httpPort,
    heap: config.local.heap,
    pageCache: config.local.pageCache,
    user: config.neo4j.user,
    password: config.neo4j.password,
    classArchive: true,
    progress,
  };
}
