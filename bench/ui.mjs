// How fast the network view becomes usable on a big graph: a generated store of 2,000 actors
// and 10,000 relations, served by the built app (run `npm run build` first), opened in headless
// chromium. Prints interactive_ms (navigation start → graph drawn and the page free to answer
// input) and, after it, how long a filter and a move of the time slider take.
//
//   node bench/ui.mjs [--actors 2000] [--relations 10000] [--runs 3]
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { buildApp } from "../dist/server/app.js";
import { openStore } from "../dist/store/index.js";
import { RELATION_TYPES } from "../dist/types.js";
import { CHROMIUM, HEADLESS_ARGS } from "../test/e2e/helpers/chromium.mjs";

const { values } = parseArgs({
  options: {
    actors: { type: "string", default: "2000" },
    relations: { type: "string", default: "10000" },
    runs: { type: "string", default: "3" },
  },
});
const ACTORS = Number(values.actors);
const RELATIONS = Number(values.relations);
const RUNS = Number(values.runs);
const PER_DOCUMENT = 100;

if (!existsSync(CHROMIUM)) {
  console.log(`bench/ui: skipped, ${CHROMIUM} is not installed`);
  process.exit(0);
}

// A small deterministic generator, so every run measures the same graph.
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  "ka",
  "ri",
  "tu",
  "sha",
  "mo",
  "den",
  "zar",
  "qu",
  "bel",
  "ha",
  "nor",
  "vi",
  "lem",
  "ost",
  "pa",
  "gir",
  "xu",
  "fen",
  "dro",
  "yal",
];

/**
 * Distinct made-up names of two made-up words: names that share words would all be candidates
 * for one another when actors are linked, which measures the resolver, not the page.
 */
function actorNames(count, rand) {
  const word = () => cap(Array.from({ length: 3 }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join(""));
  const seen = new Set();
  const names = [];
  while (names.length < count) {
    const name = `${word()} ${word()}`;
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const i = names.length;
    names.push({ name, type: i % 20 === 0 ? "person" : i % 33 === 0 ? "location" : "organization" });
  }
  return names;
}
const cap = (w) => w[0].toUpperCase() + w.slice(1);

/**
 * The whole graph as one import (the store's importGraph): actors, documents of PER_DOCUMENT
 * sentences, one assertion each. An import takes actors as given, as a bundle's would be, so
 * the time measured here is the page's, not the resolver's.
 */
function syntheticPlan(rand) {
  const actors = actorNames(ACTORS, rand).map((a) => ({
    stix_id: `identity--${randomUUID()}`,
    ...a,
    aliases: [],
    created: null,
    modified: null,
  }));
  const documents = [];
  const assertions = [];
  for (let d = 0; d * PER_DOCUMENT < RELATIONS; d++) {
    const doc = {
      stix_id: `report--${randomUUID()}`,
      title: `Generated ${d}`,
      published: "2021",
      author: null,
      source: `bench-${d}.txt`,
      media_type: "text/plain",
      text: "",
      created: null,
    };
    for (let k = 0; k < PER_DOCUMENT && d * PER_DOCUMENT + k < RELATIONS; k++) {
      // Relations gather around hubs, as real milieus do: a skewed pick of the subject.
      const a = Math.floor(rand() ** 2 * ACTORS);
      const b = (a + 1 + Math.floor(rand() * (ACTORS - 1))) % ACTORS;
      const type = RELATION_TYPES[Math.floor(rand() * RELATION_TYPES.length)];
      const year = 1980 + Math.floor(rand() * 41);
      const sentence = `In ${year} ${actors[a].name} ${type.replace(/_/g, " ")} ${actors[b].name}.`;
      const start = doc.text.length;
      doc.text += `${sentence} `;
      assertions.push({
        stix_id: `relationship--${randomUUID()}`,
        document: doc.stix_id,
        subject: { stix_id: actors[a].stix_id },
        type,
        object: { stix_id: actors[b].stix_id },
        polarity: rand() < 0.1 ? "negated" : "affirmed",
        modality: rand() < 0.1 ? "hedged" : "asserted",
        attributed_to: null,
        time: { start: String(year), end: null, precision: "year" },
        evidence: { start, end: start + sentence.length },
        confidence: 0.8,
        status: "pending",
        reviewed_by: null,
        extractor: "bench",
        created: null,
        modified: null,
      });
    }
    documents.push(doc);
  }
  return { actors, documents, assertions, audit: { source: "bench/ui.mjs" } };
}

async function generate(db) {
  const store = await openStore({ db });
  const plan = syntheticPlan(random(42));
  await store.importGraph(() => ({ plan, summary: null }), { input: "bench/ui.mjs", user: "bench" });
  return store;
}

/** One page load: interactive_ms, then a family filter and a slider move, each until the status line changes. */
async function measure(context, url) {
  const page = await context.newPage();
  page.on("crash", () => console.error("bench/ui: the page crashed"));
  page.on("pageerror", (e) => console.error(`bench/ui: page error: ${e.message}`));
  // The main thread's own CPU time, which other work on a busy machine does not inflate.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  await page.goto(`${url}/`);
  await page.waitForSelector(".graph[data-ready=true]", { timeout: 60_000 });
  const interactive = await page.evaluate(async () => {
    // Drawn; now wait for a task and a frame, which run only once the main thread is free.
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => requestAnimationFrame(r));
    return performance.now();
  });
  const ready = await page.evaluate(() => performance.getEntriesByName("linkage:network-ready")[0]?.startTime);
  const { metrics } = await cdp.send("Performance.getMetrics");
  const cpu = Math.round((metrics.find((m) => m.name === "ThreadTime")?.value ?? Number.NaN) * 1000);
  const timeUntilStatus = async (act) => {
    const before = await page.textContent(".graph-status");
    const t0 = Date.now();
    await act();
    await page.waitForFunction((b) => document.querySelector(".graph-status")?.textContent !== b, before);
    return Date.now() - t0;
  };
  const filter = await timeUntilStatus(() => page.click("input[name=family][value=hostility]"));
  const slider = await timeUntilStatus(async () => {
    await page.locator("input[name=as_of]").evaluate((el) => {
      el.value = "2000";
      el.dispatchEvent(new Event("input", { bubbles: true }));
      el.dispatchEvent(new Event("change", { bubbles: true }));
    });
  });
  const status = await page.textContent(".graph-status");
  await page.close();
  return { interactive: Math.round(interactive), ready: Math.round(ready), cpu, filter, slider, status };
}

const folder = await mkdtemp(join(tmpdir(), "linkage-bench-ui-"));
let store;
let app;
let context;
try {
  const t0 = Date.now();
  store = await generate(join(folder, "db"));
  const graph = await store.listEdges();
  console.log(`bench/ui: generated ${ACTORS} actors, ${graph.length} relations in ${Date.now() - t0} ms`);
  app = await buildApp({
    store,
    config: { host: "127.0.0.1", readAccess: "open", user: "bench", maxInputBytes: 20_000_000 },
  });
  const url = await app.listen({ host: "127.0.0.1", port: 0 });
  context = await chromium.launchPersistentContext(join(folder, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: HEADLESS_ARGS,
  });
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await measure(context, url);
    runs.push(r);
    console.log(
      `bench/ui: run ${i + 1}: interactive ${r.interactive} ms (drawn at ${r.ready} ms, main thread busy ${r.cpu} ms), filter ${r.filter} ms, slider ${r.slider} ms — ${r.status}`,
    );
  }
  const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  console.log(`interactive_ms=${median("interactive")}`);
  console.log(`main_thread_cpu_ms=${median("cpu")}`);
  console.log(`filter_ms=${median("filter")}`);
  console.log(`slider_ms=${median("slider")}`);
} finally {
  await context?.close();
  await app?.close();
  await store?.close();
  await rm(folder, { recursive: true, force: true });
}
