/**
 * The body of an extraction thread: reads and extracts what the pool sends, one request at a
 * time, and answers with plain data. The NLP model loads once, when the thread starts.
 */
import { parentPort } from "node:worker_threads";
import { readInput } from "../ingest/read-input.js";
import { extract } from "../pipeline/index.js";
import type { ThreadReply, ThreadRequest } from "./extract-pool.js";
import { toWire } from "./wire-errors.js";

const port = parentPort;
if (!port) throw new Error("extract-thread.js runs inside a worker thread, not on its own");

port.on("message", async (request: ThreadRequest) => {
  let reply: ThreadReply;
  try {
    if (request.kind === "prepare") {
      const doc = await readInput(request.input, { maxBytes: request.maxBytes });
      reply = { id: request.id, ok: true, value: { doc, extraction: extract(doc) } };
    } else {
      // The document stays where it is: only the extraction goes back.
      reply = { id: request.id, ok: true, value: { extraction: extract(request.doc) } };
    }
  } catch (err) {
    reply = { id: request.id, ok: false, error: toWire(err) };
  }
  port.postMessage(reply);
});
