/**
 * Extraction throughput: the full pipeline over the development corpus against wink-nlp's own
 * readDoc (tokens, sentences, part-of-speech tags) over the same texts, in the same process,
 * in alternating rounds so that both see the same machine load. The pipeline runs wink-nlp
 * itself, so the ratio says how much linkage adds on top of the tagging it cannot avoid.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { readCorpus } from "./corpus.mjs";
import { countWords, cpuMsSince, median, round } from "./stats.mjs";

export async function benchExtraction({ dist, quick, corpus, log }) {
  const { docs, reason } = await readCorpus(dist, corpus);
  if (!docs) return { skipped: reason };
  const { extract } = await import(pathToFileURL(join(dist, "pipeline", "index.js")).href);
  const nlp = winkNLP(model);
  const its = nlp.its;
  const words = docs.reduce((n, d) => n + countWords(d.text), 0);

  const baseline = () => {
    for (const doc of docs) {
      const read = nlp.readDoc(doc.text);
      read.tokens().out(its.value);
      read.tokens().out(its.pos);
      read.sentences().out();
    }
  };
  const pipeline = () => {
    for (const doc of docs) extract(doc);
  };
  // One untimed pass each: the lexicons load and the JIT warms up before anything is timed.
  baseline();
  pipeline();
  const rounds = quick ? 2 : 5;
  const times = { baseline: [], pipeline: [] };
  const cpu = { baseline: [], pipeline: [] };
  for (let i = 0; i < rounds; i++) {
    for (const [name, fn] of [
      ["baseline", baseline],
      ["pipeline", pipeline],
    ]) {
      const started = performance.now();
      const cpuStart = process.cpuUsage();
      fn();
      times[name].push((performance.now() - started) / 1000);
      cpu[name].push(cpuMsSince(cpuStart) / 1000);
    }
    log(
      `extraction: round ${i + 1}/${rounds}: pipeline ${times.pipeline.at(-1).toFixed(2)} s, readDoc ${times.baseline.at(-1).toFixed(2)} s`,
    );
  }
  const wps = words / median(times.pipeline);
  const baselineWps = words / median(times.baseline);
  return {
    documents: docs.length,
    words,
    rounds,
    words_per_second: Math.round(wps),
    baseline_words_per_second: Math.round(baselineWps),
    ratio: round(wps / baselineWps, 3),
    ms_per_1000_words: round((1000 / wps) * 1000, 1),
    // The same ratio in CPU time: what it is on an idle machine, whatever the load during the run.
    cpu_ratio: round(median(cpu.baseline) / median(cpu.pipeline), 3),
  };
}
