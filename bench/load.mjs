/**
 * The API under load: `npm run bench:load` ingests a corpus into a fresh store, starts
 * `linkage serve` on loopback in a process of its own, and drives its read endpoints with
 * concurrent clients (autocannon), then prints throughput, latency percentiles and errors.
 *
 *   --connections N   concurrent clients (default 50)
 *   --duration S      seconds of load (default 60)
 *   --db URL|DIR      serve this store instead of ingesting the corpus into a fresh one
 *   --corpus DIR      documents to ingest (default ../shared/corpus/dev, or LINKAGE_BENCH_CORPUS)
 *   --json FILE       also write the figures as JSON
 *
 * The request mix is what the workbench asks for while an analyst reads: the network of a
 * period, actor lists and profiles, pair timelines, documents, relation filters and search.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { DEFAULT_CORPUS } from "./corpus.mjs";
import { describeMachine } from "./machine.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "bin/linkage.js");
const log = (line) => console.error(line);

const { values: opts } = parseArgs({
  options: {
    connections: { type: "string", default: "50" },
    duration: { type: "string", default: "60" },
    db: { type: "string" },
    corpus: { type: "string", default: process.env.LINKAGE_BENCH_CORPUS ?? DEFAULT_CORPUS },
    json: { type: "string" },
  },
});

if (!existsSync(join(ROOT, "dist/cli.js"))) throw new Error("bench:load: dist/ is missing; run `npm run build` first");

let scratch = null;
let db = opts.db;
if (!db) {
  if (!existsSync(opts.corpus))
    throw new Error(`bench:load: corpus ${opts.corpus} not found; pass --corpus DIR or --db`);
  scratch = mkdtempSync(join(tmpdir(), "linkage-load-"));
  db = join(scratch, "store");
  log(`bench:load: ingesting ${opts.corpus}…`);
  execFileSync(process.execPath, [CLI, "ingest", opts.corpus, "--db", db], { stdio: ["ignore", "ignore", "inherit"] });
}

const server = await startServer(db);
try {
  const requests = await requestMix(server.url);
  log(`bench:load: ${opts.connections} clients for ${opts.duration} s over ${requests.length} read requests…`);
  const result = await autocannon({
    url: server.url,
    connections: Number(opts.connections),
    duration: Number(opts.duration),
    requests,
  });
  const figures = {
    machine: describeMachine(),
    connections: Number(opts.connections),
    seconds: Number(opts.duration),
    distinct_requests: requests.length,
    requests: result.requests.total,
    requests_per_second: result.requests.average,
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    max_ms: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non_2xx: result.non2xx,
  };
  console.log(
    [
      `requests       ${figures.requests} (${figures.requests_per_second.toFixed(0)}/s)`,
      `latency p50    ${figures.p50_ms} ms`,
      `latency p99    ${figures.p99_ms} ms (target < 200)`,
      `latency max    ${figures.max_ms} ms`,
      `errors         ${figures.errors} (timeouts ${figures.timeouts}, non-2xx ${figures.non_2xx})`,
    ].join("\n"),
  );
  if (opts.json) writeFileSync(opts.json, `${JSON.stringify(figures, null, 2)}\n`);
  if (figures.errors + figures.non_2xx > 0) process.exitCode = 1;
} finally {
  server.child.kill("SIGTERM");
  await new Promise((resolve) => server.child.once("exit", resolve));
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}

/** `linkage serve` on a free loopback port; resolves once it says where it listens. */
function startServer(store) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, "serve", "--db", store, "--port", "0"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let said = "";
    child.stderr.on("data", (chunk) => {
      said += chunk;
      const m = /serving .* at (http:\/\/\S+?)\/?\n/.exec(said);
      if (m) resolve({ child, url: m[1] });
    });
    child.once("exit", (code) => reject(new Error(`linkage serve exited with code ${code}: ${said.trim()}`)));
  });
}

/** GET requests over what the store holds: its actors, documents, a busy pair and periods. */
async function requestMix(url) {
  const get = async (path) => {
    const res = await fetch(url + path);
    if (!res.ok) throw new Error(`bench:load: GET ${path} answered ${res.status}`);
    return res.json();
  };
  const { actors } = await get("/api/actors");
  const { documents } = await get("/api/documents");
  const { relations } = await get("/api/relations");
  const degree = new Map();
  for (const r of relations) {
    for (const end of [r.subject, r.object]) degree.set(end.id, (degree.get(end.id) ?? 0) + 1);
  }
  const busiest = [...degree.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const [a, b] = busiest.map((id) => names.get(id));
  const paths = [
    "/api/graph",
    "/api/graph?as_of=2000",
    "/api/graph?as_of=2015",
    "/api/actors",
    "/api/documents",
    "/api/relations?as_of=2010",
    "/api/relations?type=leader_of",
    "/api/search?q=allegiance",
    ...busiest.slice(0, 10).map((id) => `/api/actors/${id}`),
    ...documents.slice(0, 4).map((d) => `/api/documents/${d.id}`),
  ];
  if (a && b) {
    paths.push(`/api/timeline?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`);
    paths.push(`/api/relations?actor=${encodeURIComponent(a)}`);
  }
  return paths.map((path) => ({ method: "GET", path }));
}
