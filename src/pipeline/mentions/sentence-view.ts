/**
 * One sentence as the mention finders read it: its words, the part-of-speech tag under each, and
 * which words a finder has already claimed.
 */
import type { Sentence, Token } from "../../types.js";
import { type Word, wordsIn } from "./words.js";

export interface SentenceView {
  /** The whole document text the words point into. */
  text: string;
  sentence: Sentence;
  words: Word[];
  /** POS tag of the first token inside each word that is not punctuation. */
  pos: string[];
  /** Words already part of a mention. */
  claimed: boolean[];
  /** A title-case line without final punctuation ("A Longstanding Antagonism"): a heading. */
  heading: boolean;
}

/** A title or heading: a short line whose longer words are nearly all capitalised ("A Loss for al-Qa`ida?"). */
function isHeading(text: string, words: readonly Word[]): boolean {
  if (/\.\s*$/u.test(text) || words.length > 20) return false;
  const content = words.filter((w) => w.text.length > 3);
  const capitalized = content.filter((w) => w.capitalized).length;
  return content.length > 0 && capitalized / content.length >= 0.7;
}

/** Build a view of every sentence; tokens must be sorted by start (they are, from analyze()). */
export function sentenceViews(text: string, sentences: readonly Sentence[], tokens: readonly Token[]): SentenceView[] {
  let t = 0;
  return sentences.map((sentence) => {
    const words = wordsIn(text, sentence);
    const pos = words.map((w) => {
      while (t < tokens.length && (tokens[t] as Token).end <= w.start) t++;
      // "`Uthman": the mark is a token of its own; the word's tag is its first real token's.
      let k = t;
      while (k < tokens.length && tokens[k]?.pos === "PUNCT" && (tokens[k] as Token).end < w.end) k++;
      return tokens[k]?.pos ?? "X";
    });
    const heading = isHeading(text.slice(sentence.start, sentence.end), words);
    return { text, sentence, words, pos, claimed: words.map(() => false), heading };
  });
}
