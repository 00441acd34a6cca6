/**
 * Graph views kept ready, as JSON text, while nothing in the store changes: reading 10,000
 * relations and folding them into edges costs far more than asking the store whether anything
 * was written since (Store.dataVersion). Moving the time slider back and forth, or several
 * analysts opening the network at once, then costs one computation per view.
 */
import type { RelationQuery, Store } from "../store/index.js";
import { graphView } from "./graph-view.js";

export interface GraphCache {
  /** The graph view for `query` as JSON text, current as of this call. */
  json(query: RelationQuery): Promise<string>;
}

/** A cache of the `size` most recently asked views. */
export function graphCache(store: Store, size = 8): GraphCache {
  const entries = new Map<string, { version: number; json: Promise<string> }>();
  return {
    async json(query) {
      const version = await store.dataVersion();
      const key = JSON.stringify([query.actor ?? null, query.type ?? null, query.asOf ?? null]);
      const hit = entries.get(key);
      entries.delete(key);
      if (hit && hit.version === version) {
        entries.set(key, hit); // now the most recent
        return hit.json;
      }
      // The version is read before the view: a write in between makes the entry newer than its
      // version says, so it is recomputed once more, never served stale.
      const json = graphView(store, query).then((view) => JSON.stringify(view));
      entries.set(key, { version, json });
      json.catch(() => entries.delete(key));
      for (const oldest of entries.keys()) {
        if (entries.size <= size) break;
        entries.delete(oldest);
      }
      return json;
    },
  };
}
