/**
 * What every use of the job queue shares: the database it lives in, which must be a PostgreSQL
 * server, and where the queue library's messages go.
 */
import { Logger, type SharedOptions } from "graphile-worker";
import { LinkageError } from "../errors.js";
import { isPostgresUrl, redact } from "../store/index.js";

/** Where a line of the worker's log goes. */
export type LogLine = (line: string) => void;

/**
 * The queue's connection and logger for the store `db`.
 * @throws LinkageError BAD_ARGUMENT when `db` is not a postgres:// URL: the queue's jobs are taken
 *   by processes on other machines, which only a database server lets them share.
 */
export function queueOptions(db: string, log: LogLine): SharedOptions & { connectionString: string } {
  if (!isPostgresUrl(db)) {
    throw new LinkageError(
      "BAD_ARGUMENT",
      `expected a postgres:// URL (the job queue lives in a PostgreSQL server), found ${redact(db)}`,
      "--db / LINKAGE_DB",
    );
  }
  return { connectionString: db, logger: queueLogger(log) };
}

/**
 * The library's warnings and errors, as lines of the worker's log. Its chatter (a worker started,
 * a job taken) and its reports of failed jobs stay out: the worker logs each document's outcome.
 */
function queueLogger(log: LogLine): Logger {
  return new Logger(() => (level, message) => {
    if ((level === "error" || level === "warning") && !message.startsWith("Failed task ")) {
      log(`queue: ${firstLine(message)}`);
    }
  });
}

function firstLine(message: string): string {
  const end = message.indexOf("\n");
  return end < 0 ? message : `${message.slice(0, end)} …`;
}
