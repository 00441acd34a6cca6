/** The caller as the server sees them, fetched once per page load and after a token change. */
import { api, type Session } from "./api";

let current: Promise<Session> | null = null;

/** The session; a failure (server down) counts as a read-only visitor. */
export function session(): Promise<Session> {
  current ??= api.session().catch(() => ({ user: "", role: null, can_write: false, read_access: "open" as const }));
  return current;
}

/** Forget the cached session, after the token changed. */
export function refreshSession(): void {
  current = null;
}
