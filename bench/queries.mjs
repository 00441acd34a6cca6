/**
 * Query latency on a large store: a generated graph (bulk-graph.mjs) loaded into a fresh PGlite
 * store with src/store/bulk-load.ts, then the three reads an analyst waits on, each run many
 * times on random arguments: the whole graph as of a day (as edges, and once more as relations
 * with their evidence), one pair's timeline, and one actor's profile. The first runs of each are untimed (the engine's caches warm up).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { bulkGraph } from "./bulk-graph.mjs";
import { median, percentile, round, timed } from "./stats.mjs";
import { seeded } from "./synthetic.mjs";

const WARMUP = 3;

export async function benchQueries({ dist, quick, log }) {
  const load = (path) => import(pathToFileURL(join(dist, path)).href);
  const { openPgliteDb } = await load("store/engines/pglite-db.js");
  const { migrate } = await load("store/migrate.js");
  const { createStore } = await load("store/store.js");
  const { bulkLoad } = await load("store/bulk-load.js");
  const size = quick ? { actors: 2000, relations: 20000 } : { actors: 10000, relations: 100000 };
  // Snapshots return thousands of relations each, so fewer of them are timed.
  const samples = quick ? 10 : 40;
  const snapshotSamples = quick ? 5 : 20;
  const folder = await mkdtemp(join(tmpdir(), "linkage-bench-queries-"));
  let store;
  try {
    const generated = await timed(() => bulkGraph(size));
    const graph = generated.value;
    const db = await openPgliteDb(join(folder, "db"));
    await migrate(db);
    const loaded = await timed(() => bulkLoad(db, graph, { user: "bench" }));
    log(
      `queries: generated ${graph.actors.length} actors, ${graph.assertions.length} relations in ${(generated.ms / 1000).toFixed(1)} s; loaded in ${(loaded.ms / 1000).toFixed(1)} s`,
    );
    store = createStore(db);
    const ids = loaded.value.actors;
    const random = seeded(17);
    const any = (list) => list[Math.floor(random() * list.length)];

    const asOfDays = () =>
      `${1985 + Math.floor(random() * 39)}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-15`;
    // The snapshot is the graph as edges (what the network view and exports read); the first
    // call reads the store into memory (edge-snapshot.ts) and is reported on its own.
    const cold = await timed(() => store.listEdges({ asOf: asOfDays() }));
    const asOf = await measure(snapshotSamples, () => store.listEdges({ asOf: asOfDays() }));
    log(
      `queries: as-of snapshot p95 ${asOf.p95.toFixed(0)} ms (${asOf.rows} edges on average; first call ${cold.ms.toFixed(0)} ms)`,
    );
    // The same day's relations with names and evidence sentences, as `linkage relations --as-of` lists them.
    const asOfFull = await measure(5, () => store.listRelations({ asOf: asOfDays() }), 1);
    log(`queries: as-of relations with evidence p95 ${asOfFull.p95.toFixed(0)} ms`);

    const pairOf = () => {
      const a = any(graph.assertions);
      return [graph.actors[a.subject].name, graph.actors[a.object].name];
    };
    const timeline = await measure(samples, () => store.timeline(...pairOf()));
    log(`queries: pair timeline p95 ${timeline.p95.toFixed(0)} ms (${timeline.rows} relations on average)`);

    const degree = new Map();
    for (const a of graph.assertions) {
      for (const end of [a.subject, a.object]) degree.set(end, (degree.get(end) ?? 0) + 1);
    }
    const related = [...degree.keys()];
    const profileOf = profileReader(store, graph, ids);
    const profile = await measure(samples, () => profileOf(any(related)));
    const hub = related.reduce((best, i) => (degree.get(i) > degree.get(best) ? i : best));
    const hubProfile = await measure(3, () => profileOf(hub), 1);
    log(
      `queries: actor profile p95 ${profile.p95.toFixed(0)} ms (${profile.rows} relations on average); largest actor (${degree.get(hub)} relations) ${hubProfile.p50.toFixed(0)} ms`,
    );

    return {
      relations: graph.assertions.length,
      actors: graph.actors.length,
      documents: graph.documents.length,
      load_seconds: round(loaded.ms / 1000, 1),
      samples: { as_of: snapshotSamples, timeline: samples, profile: samples },
      as_of_p95_ms: round(asOf.p95, 1),
      as_of_p50_ms: round(asOf.p50, 1),
      as_of_rows: asOf.rows,
      as_of_cpu_p95_ms: round(asOf.cpuP95, 1),
      as_of_first_call_ms: round(cold.ms, 1),
      as_of_with_evidence_p95_ms: round(asOfFull.p95, 1),
      timeline_p95_ms: round(timeline.p95, 1),
      timeline_p50_ms: round(timeline.p50, 1),
      timeline_cpu_p95_ms: round(timeline.cpuP95, 1),
      profile_p95_ms: round(profile.p95, 1),
      profile_p50_ms: round(profile.p50, 1),
      profile_cpu_p95_ms: round(profile.cpuP95, 1),
      profile_via: store.actorProfile ? "actorProfile" : "findActors + listRelations",
      largest_profile_relations: degree.get(hub),
      largest_profile_ms: round(hubProfile.p50, 1),
    };
  } finally {
    await store?.close();
    await rm(folder, { recursive: true, force: true });
  }
}

/** The profile as the store gives it, or, without actorProfile, the reads a profile needs. */
function profileReader(store, graph, ids) {
  if (store.actorProfile) return (i) => store.actorProfile(ids[i]);
  return async (i) => {
    const [actor] = await store.findActors(graph.actors[i].name);
    return { ...actor, relations: await store.listRelations({ actor: graph.actors[i].name }) };
  };
}

/**
 * p50/p95 of `n` timed calls after `warmup` untimed ones, on the clock and in CPU time, and the
 * mean count of relations returned.
 */
async function measure(n, fn, warmup = WARMUP) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  const cpu = [];
  let rows = 0;
  for (let i = 0; i < n; i++) {
    const { ms, cpuMs, value } = await timed(fn);
    times.push(ms);
    cpu.push(cpuMs);
    rows += Array.isArray(value) ? value.length : (value?.relations?.length ?? 0);
  }
  return { p50: median(times), p95: percentile(times, 95), cpuP95: percentile(cpu, 95), rows: Math.round(rows / n) };
}
