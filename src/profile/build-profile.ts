/**
 * A cited profile of one actor from its dossier, in the manner of Stanford's Mapping Militant
 * Organizations profiles: overview, names, leadership, relations by period, conflicting
 * accounts side by side, and sources. Every statement carries the footnotes it rests on.
 */
import type { ActorDossier, AggregateRelation } from "../store/index.js";
import { type Block, Notes, type Profile, plain, type Run, type Section } from "./profile-model.js";
import { conflictRow, disputedRun, relationRuns } from "./relation-runs.js";

const KIND: Record<string, string> = { organization: "an organization", person: "a person", location: "a place" };

export function buildProfile(d: ActorDossier): Profile {
  const notes = new Notes();
  const name = d.actor.name;
  const sections: Section[] = [
    { heading: "Overview", blocks: overview(d, notes) },
    { heading: "Names", blocks: names(d, notes) },
    { heading: "Leadership", blocks: leadership(d, notes) },
    { heading: "Relations by period", blocks: periods(d, notes) },
  ];
  const conflicts = d.relations.filter((r) => r.conflict);
  if (conflicts.length > 0) {
    sections.push({
      heading: "Conflicting accounts",
      blocks: [
        {
          kind: "table",
          head: ["Relation", "Affirmed", "Denied or hedged"],
          rows: conflicts.map((r) => conflictRow(r, notes)),
        },
      ],
    });
  }
  const asOf = d.as_of ? `; relations as of ${d.as_of}` : "";
  const count = `${d.documents.length} document${d.documents.length === 1 ? "" : "s"}`;
  return {
    title: name,
    subtitle: `${capitalize(KIND[d.actor.type] ?? d.actor.type)} · from ${count}${asOf}`,
    sections,
    notes: notes.all,
  };
}

function overview(d: ActorDossier, notes: Notes): Block[] {
  const count = d.documents.length === 1 ? "one document" : `${d.documents.length} documents`;
  const runs: Run[] = [plain(`${d.actor.name} is ${KIND[d.actor.type] ?? d.actor.type} named in ${count}.`)];
  const first = d.first_mention;
  const last = d.last_mention;
  if (first) runs.push({ text: ` First named in ${docName(first.document)}`, notes: [notes.mention(first)] });
  if (last && first && last.document.id !== first.document.id) {
    runs.push({ text: `; last in ${docName(last.document)}`, notes: [notes.mention(last)] });
  }
  if (first) runs.push(plain("."));
  const leaders = d.sections.leaders;
  if (leaders.length > 0) {
    runs.push(plain(` Leaders named in the sources: `));
    leaders.slice(0, 5).forEach((l, i) => {
      const sep = i === 0 ? "" : i === Math.min(leaders.length, 5) - 1 ? " and " : ", ";
      runs.push({ text: `${sep}${l.leader.name}`, notes: l.relation.support.map((s) => notes.support(s)) });
    });
    runs.push(plain("."));
  }
  for (const [label, list] of [
    ["allied with", d.sections.allies],
    ["a rival of", d.sections.rivals],
  ] as const) {
    const affirmed = list.filter((r) => r.support.some((s) => s.polarity === "affirmed"));
    if (affirmed.length === 0) continue;
    runs.push(plain(` Sources describe ${d.actor.name} as ${label} `));
    affirmed.slice(0, 5).forEach((r, i) => {
      const other = r.subject.id === d.actor.id ? r.object.name : r.subject.name;
      runs.push({ text: `${i === 0 ? "" : ", "}${other}`, notes: r.support.map((s) => notes.support(s)) });
    });
    runs.push(plain("."));
  }
  return [{ kind: "paragraph", runs }];
}

function names(d: ActorDossier, notes: Notes): Block[] {
  const items = d.names.map((n): Run[] => {
    if (n.mention)
      return [{ text: `${n.alias} — as written in ${docName(n.mention.document)}`, notes: [notes.mention(n.mention)] }];
    return [plain(n.added_by ? `${n.alias} — added by ${n.added_by}` : n.alias)];
  });
  return items.length
    ? [{ kind: "list", items }]
    : [{ kind: "paragraph", runs: [plain("No other names are recorded.")] }];
}

function leadership(d: ActorDossier, notes: Notes): Block[] {
  const items: Run[][] = d.sections.leaders.map((l) => {
    const period = l.from ? ` (from ${l.from}${l.to ? ` until ${l.to}` : ""})` : "";
    return [plain(`${l.leader.name}${period}: `), ...relationRuns(l.relation, notes).map(spaced)];
  });
  items.push(...d.sections.led.map((r) => relationRuns(r, notes).map(spaced)));
  if (items.length === 0) return [{ kind: "paragraph", runs: [plain("The sources name no leaders.")] }];
  return [{ kind: "list", items }];
}

function periods(d: ActorDossier, notes: Notes): Block[] {
  if (d.periods.length === 0) return [{ kind: "paragraph", runs: [plain("The sources relate it to no other actor.")] }];
  return d.periods.flatMap((p): Block[] => [
    { kind: "heading", text: p.period === "undated" ? "Undated" : p.period },
    {
      kind: "list",
      items: p.relations.map((r: AggregateRelation) =>
        r.conflict ? [disputedRun(r, notes)] : relationRuns(r, notes).map(spaced),
      ),
    },
  ]);
}

function docName(doc: { id: number; title: string | null; published: string | null }): string {
  const title = doc.title ? `“${doc.title}”` : `document ${doc.id}`;
  return doc.published ? `${title} (${doc.published})` : title;
}

/** Runs in a list item are sentences: a space between them. */
function spaced(run: Run, i: number): Run {
  return i === 0 ? run : { ...run, text: ` ${run.text}` };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
