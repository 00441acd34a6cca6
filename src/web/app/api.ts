/**
 * The JSON API, from the page. Every call sends the saved token (if any); an error answer
 * becomes an ApiError with the server's stable code and message.
 */
import type {
  ActorProfile,
  ActorRecord,
  DocumentDetail,
  DocumentSummary,
  GraphView,
  RelationRecord,
  ReviewQueuePage,
  ReviewStatus,
  SearchResults,
} from "./types";

const TOKEN_KEY = "linkage.token";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The token saved in this browser, or null. */
export function savedToken(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

export function saveToken(token: string | null): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

/** Headers every call sends. */
export function authHeaders(): Record<string, string> {
  const token = savedToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

async function call<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json", ...authHeaders() };
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  const data = await res.json().catch(() => null);
  if (!res.ok) {
    const error = data?.error ?? { code: "HTTP_ERROR", message: `${res.status} ${res.statusText}` };
    throw new ApiError(res.status, String(error.code), String(error.message));
  }
  return data as T;
}

const q = (params: Record<string, string | number | undefined>) => {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== "") as [string, string][];
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)]))}` : "";
};

/** A relation as a card shows it, with its version when the page that listed it knew it. */
export type Reviewable = RelationRecord & { version?: number };

/** An analyst's decision, naming what they saw: the version, or failing that the status. */
export interface Decision {
  status: "accepted" | "rejected" | "corrected";
  corrections?: {
    type?: string;
    polarity?: string;
    modality?: string;
    time?: { start: string | null; end: string | null; precision: string | null } | null;
  };
  expected_version?: number;
  expected_status?: ReviewStatus;
}

export interface Session {
  user: string;
  role: "reader" | "analyst" | "admin" | null;
  can_write: boolean;
  read_access: "open" | "token";
}

export const api = {
  session: (signal?: AbortSignal) => call<Session>("GET", "/api/session", undefined, signal),
  graph: (f: { as_of?: string; actor?: string; type?: string }, signal?: AbortSignal) =>
    call<GraphView>("GET", `/api/graph${q(f)}`, undefined, signal),
  actors: (signal?: AbortSignal) => call<{ actors: ActorRecord[] }>("GET", "/api/actors", undefined, signal),
  actor: (id: number, signal?: AbortSignal) => call<ActorProfile>("GET", `/api/actors/${id}`, undefined, signal),
  documents: (signal?: AbortSignal) =>
    call<{ documents: DocumentSummary[] }>("GET", "/api/documents", undefined, signal),
  document: (id: number, signal?: AbortSignal) =>
    call<DocumentDetail>("GET", `/api/documents/${id}`, undefined, signal),
  assertion: (id: number, signal?: AbortSignal) =>
    call<RelationRecord>("GET", `/api/assertions/${id}`, undefined, signal),
  queue: (p: { status: string; offset: number; limit: number }, signal?: AbortSignal) =>
    call<ReviewQueuePage>("GET", `/api/assertions${q(p)}`, undefined, signal),
  review: (id: number, decision: Decision) =>
    call<{ change: number; assertion: Reviewable }>("POST", `/api/assertions/${id}/review`, decision),
  undo: (change: number) => call<{ change: number }>("POST", `/api/changes/${change}/undo`, {}),
  merge: (id: number, body: { absorb: string; expected_version: number }) =>
    call<{ change: number }>("POST", `/api/actors/${id}/merge`, body),
  split: (id: number, body: { aliases: string[]; name?: string; expected_version: number }) =>
    call<{ change: number; created: { id: number; name: string } }>("POST", `/api/actors/${id}/split`, body),
  timeline: (a: string, b: string, signal?: AbortSignal) =>
    call<{ relations: RelationRecord[] }>("GET", `/api/timeline${q({ a, b })}`, undefined, signal),
  search: (text: string, signal?: AbortSignal) =>
    call<SearchResults>("GET", `/api/search${q({ q: text })}`, undefined, signal),
};
