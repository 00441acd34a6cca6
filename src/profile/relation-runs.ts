/**
 * Aggregated relations as cited sentences: one sentence per way the sources put it (affirmed
 * or denied, asserted or hedged, credited to whom), each footnoted to every sentence behind it.
 */
import type { AggregateRelation, SupportRecord } from "../store/index.js";
import type { Notes, Run } from "./profile-model.js";
import { clause, predicate } from "./relation-phrases.js";

/** The sentences one relation reads as. */
export function relationRuns(r: AggregateRelation, notes: Notes): Run[] {
  const groups = new Map<string, SupportRecord[]>();
  for (const s of r.support) {
    const key = `${s.polarity}|${s.modality}|${s.attributed_to ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()].map((support) => {
    const [first] = support;
    const text = clause({
      subject: r.subject.name,
      type: r.type,
      object: r.object.name,
      polarity: first.polarity,
      modality: first.modality,
      attributedTo: first.attributed_to,
      times: support.map((s) => s.time),
    });
    return { text: support.length > 1 ? `${text} (${support.length} sources)` : text, notes: cite(support, notes) };
  });
}

/** A one-line pointer to a relation whose sources disagree, citing both sides. */
export function disputedRun(r: AggregateRelation, notes: Notes): Run {
  const what = `${r.subject.name} ${predicate(r.type, "affirmed", "asserted")} ${r.object.name}`;
  return { text: `Sources disagree on whether ${what} (see Conflicting accounts).`, notes: cite(r.support, notes) };
}

/** One cell per side of a conflict: each source's sentence, quoted and cited. */
export function conflictRow(r: AggregateRelation, notes: Notes): Run[][] {
  const side = (support: readonly SupportRecord[]): Run[] =>
    support.map((s) => ({ text: `${sourceName(s)}: “${s.evidence.text}”`, notes: [notes.support(s)] }));
  const conflict = r.conflict ?? { affirming: [], disputing: [] };
  return [
    [{ text: `${r.subject.name} — ${r.type.replaceAll("_", " ")} — ${r.object.name}`, notes: [] }],
    side(conflict.affirming),
    side(conflict.disputing),
  ];
}

/** Who says it: the credited source, else the document. */
function sourceName(s: SupportRecord): string {
  const doc = s.document.title ? `“${s.document.title}”` : `document ${s.document.id}`;
  const how = s.polarity === "negated" ? "denies" : s.modality === "hedged" ? "hedges" : "affirms";
  return s.attributed_to ? `${s.attributed_to}, in ${doc}, ${how}` : `${doc} ${how}`;
}

function cite(support: readonly SupportRecord[], notes: Notes): number[] {
  return [...new Set(support.map((s) => notes.support(s)))];
}
