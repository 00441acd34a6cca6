/**
 * `linkage worker --exit-when-idle`: stop once the queue holds no job of linkage's at all, neither
 * waiting (now, or for a retry later) nor held by any worker. Jobs held by other workers count:
 * their holder may have crashed, and then the job comes back to be done here.
 */
import type { Store } from "../store/index.js";
import { INGEST_TASK } from "./ingest-job.js";
import { pause } from "./pause.js";

/** Poll the backlog every `intervalMs` and abort `stop` when it is empty; resolves when `stop` aborts. */
export async function watchUntilIdle(store: Store, intervalMs: number, stop: AbortController): Promise<void> {
  while (!stop.signal.aborted) {
    try {
      const { waiting, running } = await store.queue.backlog(INGEST_TASK);
      if (waiting === 0 && running === 0) {
        stop.abort();
        return;
      }
    } catch {
      // The database is away; that is not idleness. Ask again at the next interval.
    }
    await pause(intervalMs, stop.signal);
  }
}
