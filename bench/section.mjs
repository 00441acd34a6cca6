/**
 * One bench section in a process of its own, so that its memory peak, its JIT warm-up and its
 * open stores are its own: run.mjs forks this with the section's name and options and receives
 * the section's result as one message.
 */
import { benchExtraction } from "./extraction.mjs";
import { benchIngest } from "./ingest.mjs";
import { benchQueries } from "./queries.mjs";
import { benchWorkers } from "./workers.mjs";

const SECTIONS = { extraction: benchExtraction, ingest: benchIngest, queries: benchQueries, workers: benchWorkers };

const [name, optionsJson] = process.argv.slice(2);
const section = SECTIONS[name];
if (!section || !process.send) {
  console.error(`bench/section.mjs: expected to be forked by run.mjs with one of ${Object.keys(SECTIONS).join(", ")}`);
  process.exit(2);
}
const log = (line) => console.error(line);
try {
  const result = await section({ ...JSON.parse(optionsJson), log });
  process.send({ ok: true, result }, () => process.exit(0));
} catch (err) {
  process.send({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }, () =>
    process.exit(1),
  );
}
