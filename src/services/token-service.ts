/**
 * Making and checking API tokens, for the `tokens` command and the API alike. A token is shown
 * once when made; the store keeps only its SHA-256, so checking one is a hash and a lookup.
 */
import { createHash, randomBytes } from "node:crypto";
import { LinkageError } from "../errors.js";
import { type Store, TOKEN_ROLES, type TokenRecord, type TokenRole } from "../store/index.js";

/** Recognisable in logs and secret scanners; 32 random bytes after it. */
const PREFIX = "lk_";
const TOKEN_SHAPE = /^lk_[A-Za-z0-9_-]{43}$/;

/** The hex SHA-256 of a token, as the store keeps it. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A role as typed. @throws LinkageError BAD_ARGUMENT naming `flag`. */
export function parseRole(raw: string, flag = "--role"): TokenRole {
  if ((TOKEN_ROLES as readonly string[]).includes(raw)) return raw as TokenRole;
  throw new LinkageError("BAD_ARGUMENT", `expected one of ${TOKEN_ROLES.join(", ")}, found "${raw}"`, flag);
}

/** Make a token for `name` with `role`; the secret is returned here and never again. */
export async function createApiToken(
  store: Store,
  opts: { name: string; role: TokenRole; user: string },
): Promise<{ token: string; record: TokenRecord }> {
  const name = opts.name.trim();
  if (!name || name.length > 200)
    throw new LinkageError("BAD_ARGUMENT", "expected a token name of 1 to 200 characters", "--name");
  const token = PREFIX + randomBytes(32).toString("base64url");
  const record = await store.tokens.create({ name, role: opts.role, hash: hashToken(token), user: opts.user });
  return { token, record };
}

/**
 * The live token a request presents, or null when it presents none.
 * @throws LinkageError UNAUTHORIZED when it presents one that is malformed, unknown or revoked.
 */
export async function authenticate(store: Store, authorization: string | undefined): Promise<TokenRecord | null> {
  if (authorization === undefined || authorization === "") return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  // The shape is checked first: garbage costs no database round trip.
  const record = match && TOKEN_SHAPE.test(match[1]) ? await store.tokens.findByHash(hashToken(match[1])) : null;
  if (!record) throw new LinkageError("UNAUTHORIZED", "expected a valid token (Authorization: Bearer lk_…)");
  return record;
}

/** Whether `role` may do what `needed` allows: admin ⊇ analyst ⊇ reader. */
export function roleAllows(role: TokenRole, needed: TokenRole): boolean {
  return TOKEN_ROLES.indexOf(role) >= TOKEN_ROLES.indexOf(needed);
}
