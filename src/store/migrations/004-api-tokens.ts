import type { Migration } from "./index.js";

/**
 * API tokens with roles. Only a SHA-256 of each token is kept: a copy of the database does not
 * let anyone call the API. A revoked token stays, so the audit log can still name it.
 */
export const apiTokens: Migration = {
  version: 4,
  name: "api-tokens",
  statements: [
    `CREATE TABLE api_tokens (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      role text NOT NULL CHECK (role IN ('reader', 'analyst', 'admin')),
      token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz
    )`,
  ],
};
