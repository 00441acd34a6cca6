/**
 * Answers to reads, kept while nothing in the store changes. Every read route (config access
 * "read") answers from the store alone, so its answer to a URL is the same until something is
 * written, which Store.dataVersion tells in one cheap query. Asking that per request and serving
 * the kept JSON lets many analysts browse at once without each page costing its queries again;
 * on PGlite, which runs one query at a time, that is the difference between answering fifty
 * readers in milliseconds and queueing them for seconds.
 *
 * Access is checked before (auth.ts runs onRequest): a kept answer is served only to a caller
 * allowed to read. Responses that depend on who asks (/api/session) declare no access and are
 * never kept.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Store } from "../store/index.js";

export interface ReadCacheOptions {
  /** Most answers kept; the least recently used go first. */
  maxEntries?: number;
  /** Most bytes of JSON kept in all. */
  maxBytes?: number;
}

interface Entry {
  version: number;
  body: string;
  type: string;
}

const pending = new WeakMap<FastifyRequest, { url: string; version: number }>();

export function installReadCache(app: FastifyInstance, store: Store, opts: ReadCacheOptions = {}): void {
  const maxEntries = opts.maxEntries ?? 500;
  const maxBytes = opts.maxBytes ?? 64 * 2 ** 20;
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const drop = (url: string) => {
    const old = entries.get(url);
    if (!old) return;
    entries.delete(url);
    bytes -= old.body.length;
  };

  app.addHook("preHandler", async (request, reply) => {
    if (request.method !== "GET" || request.routeOptions.config?.access !== "read") return;
    // Read before the handler runs: a write landing meanwhile makes the kept answer look older
    // than it is, so it is computed again next time, never served stale.
    const version = await store.dataVersion();
    const hit = entries.get(request.url);
    if (hit && hit.version === version) {
      entries.delete(request.url);
      entries.set(request.url, hit); // now the most recent
      return reply.header("content-type", hit.type).header("x-linkage-cache", "hit").send(hit.body);
    }
    pending.set(request, { url: request.url, version });
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const wanted = pending.get(request);
    if (!wanted || reply.statusCode !== 200 || typeof payload !== "string") return payload;
    pending.delete(request);
    drop(wanted.url);
    if (payload.length > maxBytes / 4) return payload;
    entries.set(wanted.url, {
      version: wanted.version,
      body: payload,
      type: String(reply.getHeader("content-type") ?? "application/json; charset=utf-8"),
    });
    bytes += payload.length;
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      drop(oldest);
    }
    return payload;
  });
}
