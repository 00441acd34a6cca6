/**
 * The body of the liveness thread (see worker-liveness.ts). It runs apart from the worker's main
 * thread so that signs of life keep coming while the main thread is busy: loading the name
 * gazetteer on a first document takes seconds, and a worker must not look dead meanwhile. It
 * stops only with the process, which is the point: a killed worker goes silent at once.
 */
import { parentPort, workerData } from "node:worker_threads";
import { makeWorkerUtils } from "graphile-worker";
import { openStore } from "../store/index.js";
import type { LivenessMessage, LivenessSettings } from "./liveness.js";
import { queueOptions } from "./queue-options.js";
import { keepAlive } from "./worker-liveness.js";

const port = parentPort;
if (!port) throw new Error("liveness-thread.js runs inside a worker thread, not on its own");
const settings = workerData as LivenessSettings;
const log = (line: string) => port.postMessage(line);
let pools: readonly string[] = [];

const store = await openStore({ db: settings.db });
const utils = await makeWorkerUtils(queueOptions(settings.db, log));
const liveness = keepAlive({
  records: store.queue,
  utils,
  pools: () => pools,
  staleSeconds: settings.staleSeconds,
  log,
});

port.on("message", async (message: LivenessMessage) => {
  if (message.kind === "pools") {
    pools = message.pools;
    return;
  }
  await liveness.stop();
  if (message.forget.length > 0) await store.queue.forgetPools(message.forget).catch(() => {});
  await utils.release();
  await store.close();
  port.close();
});
