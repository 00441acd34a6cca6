/**
 * A minimal extraction pool on node:worker_threads, for builds without src/queue's pool:
 * the same `{ extract, close }` shape, requests handed to whichever thread is free.
 */
import { Worker } from "node:worker_threads";

const THREAD_BODY = `
  const { parentPort, workerData } = require("node:worker_threads");
  import(workerData.pipeline).then(({ extract }) => {
    parentPort.on("message", ({ id, doc }) => parentPort.postMessage({ id, extraction: extract(doc) }));
  });
`;

export function createBenchPool(dist) {
  const pipeline = new URL(`file://${dist}/pipeline/index.js`).href;
  return ({ threads }) => {
    const idle = [];
    const waiting = [];
    const pending = new Map();
    let nextId = 1;
    const workers = Array.from({ length: threads }, () => {
      const worker = new Worker(THREAD_BODY, { eval: true, workerData: { pipeline } });
      worker.on("message", ({ id, extraction }) => {
        pending.get(id)(extraction);
        pending.delete(id);
        idle.push(worker);
        dispatch();
      });
      idle.push(worker);
      return worker;
    });
    function dispatch() {
      while (idle.length > 0 && waiting.length > 0) {
        const { id, doc } = waiting.shift();
        idle.shift().postMessage({ id, doc });
      }
    }
    return {
      extract(doc) {
        return new Promise((resolve) => {
          const id = nextId++;
          pending.set(id, resolve);
          waiting.push({ id, doc });
          dispatch();
        });
      },
      close: () => Promise.all(workers.map((w) => w.terminate())),
    };
  };
}
