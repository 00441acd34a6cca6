/**
 * Sentences, tokens and part-of-speech tags, with character offsets into the unchanged text.
 * wink-nlp is lossless (its tokens and their preceding spaces rebuild the text exactly), so
 * offsets are the running sum of both. A line break always ends a sentence: headings, list
 * items and captions stand on their own lines in the documents linkage reads.
 */

import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import type { Sentence, Span, Token } from "../../types.js";

const nlp = winkNLP(model);
const its = nlp.its;

export interface Analysis {
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Span[];
}

const PARAGRAPH_BREAK = /\n[ \t]*\n/g;

/** Split the text into paragraphs (blocks separated by blank lines), trimmed of outer space. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start] ?? "")) start++;
    while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
    if (end > start) spans.push({ start, end });
  };
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return spans;
}

/** Tokenize, tag and split `text` into sentences; every span points into `text`. */
export function analyze(text: string): Analysis {
  const paragraphs = paragraphSpans(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  paragraphs.forEach((para, paragraph) => {
    for (const line of lineSpans(text, para)) analyzeLine(text, line, paragraph, tokens, sentences);
  });
  return { tokens, sentences, paragraphs };
}

function lineSpans(text: string, para: Span): Span[] {
  const out: Span[] = [];
  let start = para.start;
  for (let i = para.start; i <= para.end; i++) {
    if (i === para.end || text[i] === "\n") {
      let s = start;
      let e = i;
      while (s < e && /\s/.test(text[s] ?? "")) s++;
      while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
      if (e > s) out.push({ start: s, end: e });
      start = i + 1;
    }
  }
  return out;
}

/**
 * Longest run of non-space characters given to wink-nlp whole. Its tokenizer takes time growing
 * with the square of a run's length (a 1,000,000-character run would take hours), and no word is
 * this long; a longer run (an encoded blob, a hostile file) is cut into pieces of this length.
 */
const MAX_RUN = 100;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, "g");

/**
 * `line` with every MAX_RUN+1-th character of an overlong run replaced by a space. The length is
 * unchanged, so offsets computed on the result still point into the original text.
 */
function breakLongRuns(line: string): string {
  return line.replace(LONG_RUN, (run) => {
    let out = "";
    for (let i = 0; i < run.length; i += MAX_RUN + 1) out += `${run.slice(i, i + MAX_RUN)} `;
    return out.slice(0, run.length);
  });
}

function analyzeLine(text: string, line: Span, paragraph: number, tokens: Token[], sentences: Sentence[]): void {
  const doc = nlp.readDoc(breakLongRuns(text.slice(line.start, line.end)));
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const first = tokens.length;
  let offset = line.start;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]?.length ?? 0;
    const value = values[i] ?? "";
    tokens.push({
      start: offset,
      end: offset + value.length,
      pos: pos[i] ?? "X",
      normal: value.toLowerCase(),
      sentence: -1,
    });
    offset += value.length;
  }
  const bounds = doc.sentences().out(its.span) as unknown as [number, number][];
  for (const [a, b] of bounds) {
    const startTok = tokens[first + a];
    const endTok = tokens[first + b];
    if (!startTok || !endTok) continue;
    const index = sentences.length;
    for (let t = first + a; t <= first + b; t++) (tokens[t] as Token).sentence = index;
    sentences.push({ start: startTok.start, end: endTok.end, index, paragraph });
  }
}
