/**
 * linkage's benchmarks: `npm run bench` prints a table; `npm run bench -- --json FILE` also
 * writes every figure as JSON. Each section runs in a process of its own (section.mjs) on a
 * fresh build of the work tree (build.mjs); figures that have a baseline are measured against it
 * in the same process and run.
 *
 *   --json FILE     write the results as JSON
 *   --quick         smaller sizes, for a smoke run in CI (a minute or two instead of ten)
 *   --only A,B      run only these sections: extraction, ingest, queries, workers, ui
 *   --corpus DIR    the development corpus (default ../shared/corpus/dev, or LINKAGE_BENCH_CORPUS)
 */
import { fork } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildForBench } from "./build.mjs";
import { DEFAULT_CORPUS } from "./corpus.mjs";
import { describeMachine } from "./machine.mjs";
import { formatTable } from "./table.mjs";
import { benchUi } from "./ui-section.mjs";

const SECTIONS = ["extraction", "ingest", "queries", "workers", "ui"];

const options = readOptions();
const log = (line) => console.error(line);
const started = performance.now();
const results = { machine: describeMachine(), quick: options.quick, started_at: new Date().toISOString() };

log("bench: building the work tree…");
const build = buildForBench({ log });
results.build = { seconds: Math.round(build.seconds), type_errors: build.typeErrors };
const sectionOptions = { dist: build.dir, quick: options.quick, corpus: options.corpus };

for (const name of SECTIONS) {
  if (!options.only.includes(name)) continue;
  log(`bench: ${name}…`);
  const t0 = performance.now();
  try {
    results[name] = name === "ui" ? await benchUi({ ...sectionOptions, log }) : await runSection(name, sectionOptions);
  } catch (err) {
    results[name] = { error: err instanceof Error ? err.message : String(err) };
    log(`bench: ${name} failed: ${results[name].error}`);
  }
  results[name].section_seconds = Math.round((performance.now() - t0) / 1000);
}
results.load_average_1m_after = describeMachine().load_average_1m;
results.total_seconds = Math.round((performance.now() - started) / 1000);

console.log(formatTable(results));
if (options.json) {
  writeFileSync(options.json, `${JSON.stringify(results, null, 2)}\n`);
  log(`bench: wrote ${options.json}`);
}

/** Run one section in a child process; its result, or an error carrying its message. */
function runSection(name, opts) {
  return new Promise((resolve, reject) => {
    const script = fileURLToPath(new URL("./section.mjs", import.meta.url));
    const child = fork(script, [name, JSON.stringify(opts)], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    let answer = null;
    child.on("message", (message) => {
      answer = message;
    });
    child.on("exit", (code) => {
      if (answer?.ok) resolve(answer.result);
      else reject(new Error(answer?.error ?? `the ${name} section exited with code ${code}`));
    });
  });
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      json: { type: "string" },
      quick: { type: "boolean", default: false },
      only: { type: "string" },
      corpus: { type: "string" },
    },
  });
  const only = values.only ? values.only.split(",").map((s) => s.trim()) : SECTIONS;
  const unknown = only.filter((s) => !SECTIONS.includes(s));
  if (unknown.length > 0) {
    console.error(`bench: --only: expected some of ${SECTIONS.join(", ")}; found "${unknown.join(", ")}"`);
    process.exit(2);
  }
  return {
    json: values.json,
    quick: values.quick,
    only,
    corpus: values.corpus ?? process.env.LINKAGE_BENCH_CORPUS ?? DEFAULT_CORPUS,
  };
}
