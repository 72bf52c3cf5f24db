import pino from "pino";
import type { Logger } from "pino";

export type { Logger };

/** The process logger: JSON lines on stdout (stderr for CLIs that print results on stdout). */
export function createLogger(level: string, destination: 1 | 2 = 1): Logger {
  return pino({ level, base: { app: "iij-kg" } }, pino.destination(destination));
}
