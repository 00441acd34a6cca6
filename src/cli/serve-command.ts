import type { Command } from "commander";
import { DEFAULT_HOST, DEFAULT_PORT, isLoopbackHost, loadConfig } from "../config.js";
import { openStore, redact } from "../store/index.js";

interface ServeFlags {
  db?: string;
  port?: string;
  host?: string;
  readAccess?: string;
  log?: boolean;
}

/**
 * `linkage serve [--db] [--port 4870] [--host 127.0.0.1]`: the JSON API and the web UI on one
 * port, until interrupted. Beyond loopback, writes need a token (`linkage tokens create`).
 */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the JSON API and the web UI")
    .option("--db <folder|url>", "PGlite folder or postgres:// URL (env LINKAGE_DB, default ./linkage-data)")
    .option("--port <port>", `port to listen on (env LINKAGE_PORT, default ${DEFAULT_PORT})`)
    .option("--host <address>", `address to bind (env LINKAGE_HOST, default ${DEFAULT_HOST}, loopback only)`)
    .option("--read-access <open|token>", "whether reads need a token (env LINKAGE_READ_ACCESS, default open)")
    .option("--log", "log every request on stdout")
    .action(async (flags: ServeFlags) => {
      const config = loadConfig({ db: flags.db, port: flags.port, host: flags.host, readAccess: flags.readAccess });
      const store = await openStore(config);
      // Loaded here: the other commands need no HTTP server.
      const { buildApp } = await import("../server/app.js");
      const app = await buildApp({ store, config, logger: flags.log ?? false });
      const stop = async () => {
        await app.close();
        await store.close();
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      let address: string;
      try {
        address = await app.listen({ port: config.port, host: config.host });
      } catch (err) {
        await stop();
        throw err;
      }
      process.stderr.write(`linkage: serving ${redact(config.db)} at ${address}/\n`);
      if (!isLoopbackHost(config.host)) {
        const tokens = (await store.tokens.list()).filter((t) => !t.revoked_at);
        process.stderr.write(
          `linkage: listening beyond loopback: writes need a token (${tokens.length} live; make one with \`linkage tokens create\`)\n`,
        );
      }
    });
}
