/**
 * The default pipeline, stage by stage, each a plain function from its input to its output:
 *   analyze → time expressions → mentions → entities → coreference → relations → cue refiners.
 */
import type { DocumentInput, Entity, Extraction, Mention, Relation, Token } from "../types.js";
import { attributionRefiner } from "./cues/attribution-refiner.js";
import { hedgingRefiner } from "./cues/hedging-refiner.js";
import { negationRefiner } from "./cues/negation-refiner.js";
import { timeRefiner } from "./cues/time-refiner.js";
import { defaultLexicon } from "./default-lexicon.js";
import { clusterMentions } from "./entities/cluster.js";
import { type Reference, resolveReferences } from "./entities/coreference.js";
import { returnIdleStates } from "./entities/idle-states.js";
import { stateActors } from "./entities/state-actors.js";
import { findMentions } from "./mentions/find-mentions.js";
import type { NameLexicon } from "./names.js";
import { analyze } from "./nlp/analyze.js";
import { type Candidate, findRelations } from "./relations/find-relations.js";
import { inferSuccessions } from "./relations/succession.js";
import { findTimeExpressions } from "./time/time-expressions.js";

export interface PipelineOptions {
  lexicon?: NameLexicon;
}

/** Run the default pipeline over one document. */
export function extract(doc: DocumentInput, opts: PipelineOptions = {}): Extraction {
  const lexicon = opts.lexicon ?? defaultLexicon();
  const { text } = doc;
  const { tokens, sentences } = analyze(text);
  const times = findTimeExpressions(text);
  const found = findMentions(text, sentences, tokens, lexicon, times);
  const { names, descriptors } = stateActors(found.mentions);
  const { entities, entityOf, guessed } = clusterMentions(names, text);
  const states = stateEntities(names, entityOf);
  const nameRefs: Reference[] = names.flatMap((m, i) => {
    const entity = entityOf[i];
    return entity ? [{ start: m.start, end: m.end, entity, kind: m.kind, text: m.text }] : [];
  });
  const refs = [
    ...nameRefs,
    ...resolveReferences(
      text,
      sentences,
      entities,
      nameRefs,
      descriptors,
      firstVerbs(tokens, sentences.length),
      states,
    ),
  ].sort((a, b) => a.start - b.start);
  addDescriptorMentions(entities, refs);

  let cands: Candidate[] = findRelations(text, sentences, refs, entities, guessed, states);
  retypeGuesses(entities, guessed, cands);
  // Order matters: negation before attribution, since a denial ("X denied …") negates too and
  // must not be undone; attribution after coreference, since "he wrote" needs to know who he is.
  cands = negationRefiner(text, cands);
  cands = hedgingRefiner(text, cands);
  cands = attributionRefiner(text, cands);
  cands = timeRefiner(cands, { text, times, sentences, published: doc.published });
  const relations: Relation[] = inferSuccessions(cands.map((c) => c.relation));
  const kept = returnIdleStates(entities, names, entityOf, relations);
  return { document: { title: doc.title, published: doc.published }, entities: kept, relations };
}

/** Entities that are states: named as a country (gazetteer places) or through a state's institutions. */
function stateEntities(names: readonly Mention[], entityOf: readonly (string | null)[]): Set<string> {
  const out = new Set<string>();
  names.forEach((m, i) => {
    const id = entityOf[i];
    if (id && m.type === "organization" && (m.key?.startsWith("gaz:loc:") || m.source === "state-institution"))
      out.add(id);
  });
  return out;
}

/** A guessed person found as the organization end of a relation becomes an organization. */
function retypeGuesses(entities: Entity[], guessed: ReadonlySet<string>, cands: readonly Candidate[]): void {
  const needsOrg = new Set(cands.flatMap((c) => [c.relation.subject, c.relation.object]));
  for (const e of entities) {
    if (!guessed.has(e.id) || !needsOrg.has(e.id) || e.type !== "person") continue;
    const asObject = cands.filter((c) => c.relation.object === e.id);
    if (
      asObject.some((c) =>
        ["founded", "leader_of", "member_of", "split_from", "affiliate_of", "merged_with"].includes(c.relation.type),
      )
    ) {
      e.type = "organization";
    }
  }
}

/** Descriptors resolved to an entity ("the Uzbeks") are mentions of it too; pronouns are not listed. */
function addDescriptorMentions(entities: Entity[], refs: readonly Reference[]): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const r of refs) {
    if (r.kind !== "descriptor") continue;
    const e = byId.get(r.entity);
    if (e && !e.mentions.some((m) => m.start === r.start)) e.mentions.push({ start: r.start, end: r.end });
  }
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
}

export type { Mention };

/** Offset of each sentence's first verb (or auxiliary), for finding its subject. */
function firstVerbs(tokens: readonly Token[], count: number): number[] {
  const out = new Array<number>(count).fill(Number.POSITIVE_INFINITY);
  // "After Ethiopian forces routed the ICU, al-Shabaab split …": a sentence opening with a
  // subordinate clause has its main verb after the clause's comma.
  const opener = new Map<number, string>();
  const commaAfterOpener = new Map<number, number>();
  for (const t of tokens) {
    if (t.sentence < 0) continue;
    if (!opener.has(t.sentence)) opener.set(t.sentence, t.normal);
    if (t.normal === "," && SUBORDINATORS.has(opener.get(t.sentence) ?? "") && !commaAfterOpener.has(t.sentence))
      commaAfterOpener.set(t.sentence, t.start);
    if (t.pos !== "VERB" && t.pos !== "AUX") continue;
    const comma = commaAfterOpener.get(t.sentence);
    if (SUBORDINATORS.has(opener.get(t.sentence) ?? "") && (comma === undefined || t.start < comma)) continue;
    if (t.start < (out[t.sentence] as number)) out[t.sentence] = t.start;
  }
  return out;
}

const SUBORDINATORS = new Set([
  "after",
  "when",
  "while",
  "although",
  "though",
  "before",
  "since",
  "because",
  "once",
  "if",
  "until",
  "as",
  "following",
  "despite",
  "whereas",
]);
