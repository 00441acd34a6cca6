import type { Command } from "commander";
import { LinkageError } from "../errors.js";
import { formatJson } from "../format/index.js";
import { createApiToken, parseRole } from "../services/token-service.js";
import { configFrom, printListing, type StoreFlags, storeOptions, withStore } from "./store-options.js";

/**
 * `linkage tokens create|list|revoke`: API tokens with roles (reader, analyst, admin). A new
 * token is printed once; the store keeps only its hash.
 */
export function registerTokens(program: Command): void {
  const tokens = program.command("tokens").description("manage API tokens for `linkage serve`");

  storeOptions(tokens.command("create").description("make a token and print it (shown only this once)"))
    .requiredOption("--name <name>", "who or what the token is for, e.g. alice or ingest-bot")
    .option("--role <role>", "reader, analyst or admin", "reader")
    .action(async (flags: StoreFlags & { name: string; role: string }) => {
      const config = configFrom(flags);
      const role = parseRole(flags.role);
      const { token, record } = await withStore(config, (store) =>
        createApiToken(store, { name: flags.name, role, user: config.user }),
      );
      if (config.format === "json") return void process.stdout.write(formatJson({ ...record, token }));
      process.stdout.write(`${token}\n`);
      process.stderr.write(`linkage: token ${record.id} for ${record.name} (${record.role}); it is not shown again\n`);
    });

  storeOptions(tokens.command("list").description("list tokens (never their secrets)")).action(
    async (flags: StoreFlags) => {
      const config = configFrom(flags);
      const rows = await withStore(config, (store) => store.tokens.list());
      printListing(config, {
        records: rows,
        toRow: (t) => ({ ...t }),
        columns: ["id", "name", "role", "created_by", "created_at", "revoked_at"],
      });
    },
  );

  storeOptions(tokens.command("revoke").description("revoke a token"))
    .argument("<id>", "token id, as `linkage tokens list` shows")
    .action(async (rawId: string, flags: StoreFlags) => {
      const config = configFrom(flags);
      const id = parseId(rawId);
      const record = await withStore(config, (store) => store.tokens.revoke(id, config.user));
      process.stderr.write(`linkage: token ${record.id} (${record.name}) revoked\n`);
    });
}

/** A token id as typed: a positive whole number. */
function parseId(raw: string): number {
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : 0;
  if (id > 0) return id;
  throw new LinkageError("BAD_ARGUMENT", `expected a token id (a positive whole number), found "${raw}"`, "ID");
}
