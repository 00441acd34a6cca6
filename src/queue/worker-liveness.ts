/**
 * Signs of life between queue workers. The queue library marks each job it hands out with the
 * id of the worker pool holding it, and frees a held job only after four hours, in case its
 * holder still runs. A worker killed outright would leave its document waiting that long. So
 * each worker records, every few seconds, that its pools are alive; any worker that finds a
 * pool silent for `staleSeconds` frees that pool's jobs for others, through the library's own
 * forceUnlockWorkers. Freeing a live pool's job by mistake costs only time: the store keys
 * documents by content, so a document ingested twice is stored once.
 */
import { hostname } from "node:os";
import type { WorkerUtils } from "graphile-worker";
import type { QueueRecords } from "../store/index.js";

export interface LivenessOptions {
  records: QueueRecords;
  utils: Pick<WorkerUtils, "forceUnlockWorkers">;
  /** The pools this process runs now. */
  pools: () => readonly string[];
  staleSeconds: number;
  log: (line: string) => void;
}

export interface Liveness {
  /** Stop beating (a pool that ended cleanly is forgotten by whoever stopped it). */
  stop(): Promise<void>;
}

/** Start beating for this process's pools and freeing the jobs of silent ones. */
export function keepAlive(opts: LivenessOptions): Liveness {
  const { records, log } = opts;
  const staleMs = opts.staleSeconds * 1000;
  // Four beats per stale period: one late beat never makes a live pool look dead.
  const beatMs = Math.max(250, staleMs / 4);
  const host = hostname();
  // When beats last started to succeed. A worker that has itself just been cut off from the
  // database (it restarted, say) would find every pool silent; it sweeps only once it has been
  // connected for a whole stale period, time enough for the others to have beaten again.
  let connectedSince: number | null = null;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let tick: Promise<void> = Promise.resolve();

  async function beat(): Promise<void> {
    try {
      for (const pool of opts.pools()) await records.beat(pool, host, process.pid);
      if (connectedSince === null) {
        connectedSince = Date.now();
      } else if (Date.now() - connectedSince >= staleMs) {
        await sweep();
      }
    } catch (err) {
      if (connectedSince !== null) log(`lost the database (${err instanceof Error ? err.message : err}); retrying`);
      connectedSince = null;
    }
  }

  async function sweep(): Promise<void> {
    const ours = new Set(opts.pools());
    const silent = (await records.stalePools(opts.staleSeconds)).filter((p) => !ours.has(p));
    if (silent.length === 0) return;
    await opts.utils.forceUnlockWorkers(silent);
    await records.forgetPools(silent);
    log(
      `freed the jobs of ${silent.length} silent worker pool${silent.length === 1 ? "" : "s"} (${silent.join(", ")})`,
    );
  }

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      tick = beat().finally(schedule);
    }, beatMs);
  };
  tick = beat().finally(schedule);

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await tick;
    },
  };
}
