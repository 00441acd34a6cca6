/**
 * The results as a Markdown table, one row per figure with its target, followed by the machine
 * it was measured on: printed by run.mjs and ready to paste into the README.
 */

const n = (value, digits = 0) =>
  value === null || value === undefined
    ? "–"
    : Number(value).toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** "yes", "no", or "–" when the figure is missing. */
const met = (value, ok) => (value === null || value === undefined ? "–" : ok(value) ? "yes" : "no");

export function formatTable(r) {
  const rows = [["What", "Measured", "Target", "Met"]];
  const missing = (section) => r[section]?.skipped ?? r[section]?.error ?? r[section]?.note;

  const e = r.extraction;
  if (e?.ratio !== undefined) {
    rows.push([
      `Extraction, dev corpus (${n(e.words)} words)`,
      `${n(e.words_per_second)} words/s; wink-nlp readDoc ${n(e.baseline_words_per_second)} words/s; ratio ${n(e.ratio, 2)} (in CPU time ${n(e.cpu_ratio, 2)})`,
      "ratio ≥ 0.25",
      met(e.ratio, (v) => v >= 0.25),
    ]);
  } else if (e) rows.push(["Extraction", `not measured: ${missing("extraction")}`, "ratio ≥ 0.25", "–"]);

  const i = r.ingest;
  if (i?.per_doc_growth !== undefined) {
    const largest = i.docs.at(-1);
    const stopped =
      i.docs_done.at(-1) < largest
        ? `; the ${n(largest)} batch stopped after ${n(i.docs_done.at(-1))} (time budget), its last documents at ${n(i.last_step_ms_per_doc)} ms each, ${n(i.marginal_growth, 2)}× the first batch`
        : "";
    rows.push([
      `Ingest of ${i.docs.map((d) => n(d)).join(" / ")} synthetic documents (~${i.words_per_doc} words)`,
      `${i.seconds.map((s) => n(s, 1)).join(" / ")} s; per-document growth ${n(i.per_doc_growth, 2)} (in CPU time ${n(i.cpu_per_doc_growth, 2)})${stopped}; peak RSS ${n(i.peak_rss_mb)} MB`,
      "growth ≤ 1.5",
      // Stopped early, the batch's average understates its slowdown: no verdict.
      stopped ? "–" : met(i.per_doc_growth, (v) => v <= 1.5),
    ]);
  } else if (i) rows.push(["Ingest", `not measured: ${missing("ingest")}`, "growth ≤ 1.5", "–"]);

  const q = r.queries;
  if (q?.as_of_p95_ms !== undefined) {
    const size = `${n(q.relations)} relations, ${n(q.actors)} actors`;
    const row = (what, p95, p50, cpu, extra) => [
      what,
      `p95 ${n(p95)} ms (p50 ${n(p50)} ms; p95 in CPU time ${n(cpu)} ms${extra})`,
      "p95 ≤ 100 ms",
      met(p95, (v) => v <= 100),
    ];
    rows.push(
      row(
        `As-of snapshot, ${size}`,
        q.as_of_p95_ms,
        q.as_of_p50_ms,
        q.as_of_cpu_p95_ms,
        `; ${n(q.as_of_rows)} edges returned; first call, reading the store, ${n(q.as_of_first_call_ms)} ms; with names and evidence sentences p95 ${n(q.as_of_with_evidence_p95_ms)} ms`,
      ),
    );
    rows.push(row("Pair timeline, same store", q.timeline_p95_ms, q.timeline_p50_ms, q.timeline_cpu_p95_ms, ""));
    rows.push(
      row(
        "Actor profile, same store",
        q.profile_p95_ms,
        q.profile_p50_ms,
        q.profile_cpu_p95_ms,
        `; largest actor, ${n(q.largest_profile_relations)} relations: ${n(q.largest_profile_ms)} ms`,
      ),
    );
  } else if (q) rows.push(["Queries", `not measured: ${missing("queries")}`, "p95 ≤ 100 ms", "–"]);

  const w = r.workers;
  if (w?.speedup_2 !== undefined) {
    rows.push([
      `Extraction on 2 threads vs 1 (${w.documents} documents)`,
      `${n(w.seconds_1, 1)} s vs ${n(w.seconds_2, 1)} s; speedup ${n(w.speedup_2, 2)}` +
        (w.baseline_speedup_2 === undefined
          ? ""
          : `; wink-nlp readDoc alone, same batch ×4: speedup ${n(w.baseline_speedup_2, 2)} (${n(w.baseline_seconds_1, 1)} s vs ${n(w.baseline_seconds_2, 1)} s)`),
      "≥ 1.6",
      met(w.speedup_2, (v) => v >= 1.6),
    ]);
  } else if (w) rows.push(["Worker threads", `not measured: ${missing("workers")}`, "≥ 1.6", "–"]);

  const u = r.ui;
  if (u) {
    const measured =
      u.interactive_ms === null
        ? `not measured: ${u.note ?? u.error}`
        : `interactive in ${n(u.interactive_ms)} ms (filter ${n(u.filter_ms)} ms, time slider ${n(u.slider_ms)} ms)`;
    rows.push([
      `Network view, ${n(u.actors)} actors / ${n(u.relations)} relations, headless Chromium`,
      measured,
      "≤ 2,000 ms",
      met(u.interactive_ms, (v) => v <= 2000),
    ]);
  }

  const m = r.machine;
  const machine =
    `Measured${r.quick ? " (--quick sizes)" : ""} on ${m.cpu_model}, ${m.nproc} cores, ${n(m.memory_gb, 1)} GB RAM, ` +
    `Node ${m.node}, ${m.platform}; load average ${m.load_average_1m} before, ${r.load_average_1m_after ?? "–"} after; ` +
    `${r.total_seconds ?? "–"} s in all.` +
    (Math.max(m.load_average_1m, r.load_average_1m_after ?? 0) > m.nproc
      ? " The machine was busier than it has cores: clock times are inflated, CPU times are not."
      : "");
  return `${markdown(rows)}\n\n${machine}`;
}

function markdown(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => String(row[c]).length)));
  const line = (row) => `| ${row.map((cell, c) => String(cell).padEnd(widths[c])).join(" | ")} |`;
  return [line(rows[0]), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.slice(1).map(line)].join("\n");
}
