/**
 * Minimal pools on node:worker_threads for the bench: `{ extract, close }`, requests handed to
 * whichever thread is free. createBenchPool runs the pipeline, for builds without src/queue's
 * pool; createReadDocPool runs only wink-nlp's readDoc, the extraction section's baseline, so
 * that the workers section can show how far this machine lets such work scale.
 */
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

const PIPELINE_BODY = `
  const { parentPort, workerData } = require("node:worker_threads");
  import(workerData.pipeline).then(({ extract }) => {
    parentPort.on("message", ({ id, doc }) => parentPort.postMessage({ id, extraction: extract(doc) }));
  });
`;

// What bench/extraction.mjs's baseline does with each document.
const READ_DOC_BODY = `
  const { parentPort, workerData } = require("node:worker_threads");
  const nlp = require(workerData.winkNLP)(require(workerData.model));
  const its = nlp.its;
  parentPort.on("message", ({ id, doc }) => {
    const read = nlp.readDoc(doc.text);
    read.tokens().out(its.value);
    read.tokens().out(its.pos);
    read.sentences().out();
    parentPort.postMessage({ id, extraction: null });
  });
`;

export function createBenchPool(dist) {
  const pipeline = new URL(`file://${dist}/pipeline/index.js`).href;
  return ({ threads }) => threadPool(threads, PIPELINE_BODY, { pipeline });
}

export function createReadDocPool() {
  const require = createRequire(import.meta.url);
  const workerData = { winkNLP: require.resolve("wink-nlp"), model: require.resolve("wink-eng-lite-web-model") };
  return ({ threads }) => threadPool(threads, READ_DOC_BODY, workerData);
}

function threadPool(threads, body, workerData) {
  const idle = [];
  const waiting = [];
  const pending = new Map();
  let nextId = 1;
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(body, { eval: true, workerData });
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
}
