/** Small measuring helpers shared by the bench sections. */

/** The p-th percentile (0–100) of `values`, nearest-rank: p95 of 40 samples is the 38th smallest. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const median = (values) => percentile(values, 50);

/**
 * Milliseconds `fn` takes, on the clock and in CPU time of this process, with its result. On a
 * busy machine the clock counts time spent waiting for a core; CPU time does not, so for work
 * done on this process's threads (extraction, PGlite) it is the figure that survives the load.
 */
export async function timed(fn) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, cpuMs: cpuMsSince(cpu), value };
}

/** CPU milliseconds (user and system, all threads) since `start` = process.cpuUsage(). */
export function cpuMsSince(start) {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The most memory this process has held at once, in MB (resident set size). */
export function peakRssMb() {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** Whitespace-separated words, as linkage counts them for documents. */
export function countWords(text) {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
}

/** Round to `digits` decimals, keeping null as null. */
export function round(value, digits = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
