/**
 * API tokens: who may call the API, and with which role. The store sees only SHA-256 hashes;
 * making and hashing tokens is src/services/token-service.ts's job.
 */
import { LinkageError } from "../errors.js";
import type { Db, Queryable } from "./db.js";

/** What a token allows: reader reads; analyst also reviews, curates and uploads; admin also manages tokens. */
export const TOKEN_ROLES = ["reader", "analyst", "admin"] as const;
export type TokenRole = (typeof TOKEN_ROLES)[number];

/** A token as listed: never its secret, which is shown once when made. */
export interface TokenRecord {
  id: number;
  name: string;
  role: TokenRole;
  created_by: string;
  /** ISO timestamps. */
  created_at: string;
  revoked_at: string | null;
}

/** The token operations of the store. */
export interface TokenStore {
  /** Record a new token by its hash, with an audit entry; returns it as listed. */
  create(token: { name: string; role: TokenRole; hash: string; user: string }): Promise<TokenRecord>;
  /** Every token, revoked ones included, oldest first. */
  list(): Promise<TokenRecord[]>;
  /** The live (not revoked) token with this hash, or null. */
  findByHash(hash: string): Promise<TokenRecord | null>;
  /** Revoke a token, with an audit entry. @throws LinkageError NOT_FOUND for an unknown id. */
  revoke(id: number, user: string): Promise<TokenRecord>;
}

const COLUMNS = "id, name, role, created_by, created_at, revoked_at";

/** Token operations over an open database. */
export function tokenStore(db: Db): TokenStore {
  return {
    create: (token) =>
      db.transaction(async (tx) => {
        const [row] = await tx.query<TokenRecord>(
          `INSERT INTO api_tokens (name, role, token_hash, created_by) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
          [token.name, token.role, token.hash, token.user],
        );
        await audit(tx, token.user, "token-create", row);
        return row;
      }),
    list: () => db.query<TokenRecord>(`SELECT ${COLUMNS} FROM api_tokens ORDER BY id`),
    async findByHash(hash) {
      const rows = await db.query<TokenRecord>(
        `SELECT ${COLUMNS} FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL`,
        [hash],
      );
      return rows[0] ?? null;
    },
    revoke: (id, user) =>
      db.transaction(async (tx) => {
        // coalesce keeps the first revocation time when a token is revoked twice.
        const [row] = await tx.query<TokenRecord>(
          `UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING ${COLUMNS}`,
          [id],
        );
        if (!row) throw new LinkageError("NOT_FOUND", `no token has id ${id}`);
        await audit(tx, user, "token-revoke", row);
        return row;
      }),
  };
}

async function audit(tx: Queryable, user: string, action: string, token: TokenRecord): Promise<void> {
  await tx.query(
    `INSERT INTO audit_log (performed_by, action, entity_kind, entity_id, details) VALUES ($1, $2, 'api_token', $3, $4)`,
    [user, action, String(token.id), JSON.stringify({ name: token.name, role: token.role })],
  );
}
