/**
 * The mention finders in the order they run. Order matters: the gazetteer claims known names
 * first, so a shape rule never splits "Islamic Movement of Uzbekistan"; aliases defined in the
 * text run last, since they hang off the names found before them.
 */
import type { Mention, Sentence, Span, Token } from "../../types.js";
import type { NameLexicon } from "../names.js";
import { aliasMentions } from "./aliases-in-text.js";
import { demonymMentions } from "./demonym-mentions.js";
import { gazetteerMentions } from "./gazetteer-mentions.js";
import { nameShapeMentions } from "./name-shapes.js";
import { type SentenceView, sentenceViews } from "./sentence-view.js";

export interface MentionResult {
  mentions: Mention[];
  views: SentenceView[];
}

export function findMentions(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  lexicon: NameLexicon,
  times: readonly Span[],
): MentionResult {
  const views = sentenceViews(text, sentences, tokens);
  const names: Mention[] = [];
  for (const view of views) {
    // Dates are no names ("December 1979 – February 1989"), though capitalised. (Only the
    // sentence's own dates can overlap its words; most sentences have none.)
    const { start, end } = view.sentence;
    const dates = times.filter((t) => start < t.end && t.start < end);
    if (dates.length > 0) {
      view.words.forEach((w, k) => {
        if (dates.some((t) => w.start < t.end && t.start < w.end)) view.claimed[k] = true;
      });
    }
    names.push(...gazetteerMentions(text, view, lexicon, { deferCountriesInNames: true }));
    names.push(...demonymMentions(text, view, lexicon));
    names.push(...nameShapeMentions(text, view, lexicon));
    // Countries left to the shape rules that made no longer name of them.
    names.push(...gazetteerMentions(text, view, lexicon, { deferCountriesInNames: false }));
  }
  const aliases = aliasMentions(text, names);
  const mentions = withoutOverlaps([...aliases, ...names]);
  return { mentions: applyDefinitions(mentions, aliases), views };
}

/**
 * An acronym the document defines means that throughout the document: "Inter-Services
 * Intelligence (ISI)" makes every "ISI" Pakistan's agency, whatever else ISI can stand for.
 */
function applyDefinitions(mentions: Mention[], aliases: readonly Mention[]): Mention[] {
  const defined = new Map<string, Mention>();
  for (const a of aliases) if (a.kind === "acronym" && a.key) defined.set(a.text, a);
  if (!defined.size) return mentions;
  return mentions.map((m) => {
    const d = defined.get(m.text);
    return d && m.key !== d.key
      ? { ...m, key: d.key, type: d.type, canonical: undefined, source: "defined-acronym" }
      : m;
  });
}

/** Where two mentions overlap, the one carrying a key (an alias the text defined) or the longer wins. */
function withoutOverlaps(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) {
      const better = (m.key && !prev.key) || (!!m.key === !!prev.key && m.end - m.start > prev.end - prev.start);
      if (better) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}
