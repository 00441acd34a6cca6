import type { Migration } from "./index.js";

/**
 * The STIX ids of imported objects. Exported ids are otherwise computed from stable keys (UUIDv5
 * over names, hashes and spans); an imported object keeps the id its bundle gave it, so a bundle
 * exported, imported elsewhere and exported again names every object as before. Each row maps
 * one id to exactly one actor, document or assertion, and goes when that row goes.
 */
export const stixIds: Migration = {
  version: 5,
  name: "stix-ids",
  statements: [
    // The pattern is the STIX identifier's, kept verbatim (case included) as the bundle wrote it.
    `CREATE TABLE stix_ids (
      stix_id text PRIMARY KEY
        CHECK (stix_id ~ '^[a-z][a-z0-9-]+[a-z0-9]--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$'),
      actor_id bigint UNIQUE REFERENCES actors (id) ON DELETE CASCADE,
      document_id bigint UNIQUE REFERENCES documents (id) ON DELETE CASCADE,
      assertion_id bigint UNIQUE REFERENCES assertions (id) ON DELETE CASCADE,
      imported_at timestamptz NOT NULL DEFAULT now(),
      CHECK (num_nonnulls(actor_id, document_id, assertion_id) = 1)
    )`,
  ],
};
