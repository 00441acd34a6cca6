/**
 * A cited profile as a format-free model: sections of paragraphs, lists and tables made of text
 * runs, each run carrying the footnotes it rests on. Markdown and HTML render the same model,
 * so both say the same thing with the same notes. Text in the model is plain; renderers escape.
 */
import type { MentionCitation, SourceDocument, SupportRecord } from "../store/index.js";

/** A run of text followed by footnote references. */
export interface Run {
  text: string;
  notes: number[];
}

export type Block =
  | { kind: "paragraph"; runs: Run[] }
  | { kind: "list"; items: Run[][] }
  | { kind: "table"; head: string[]; rows: Run[][][] }
  | { kind: "heading"; text: string };

export interface Section {
  heading: string;
  blocks: Block[];
}

/** A footnote: the document and the sentence a statement rests on. */
export interface Footnote {
  n: number;
  document: SourceDocument;
  sentence: string;
}

export interface Profile {
  title: string;
  subtitle: string;
  sections: Section[];
  notes: Footnote[];
}

/** Footnotes numbered in order of first use; one sentence of one document is one note. */
export class Notes {
  private readonly byKey = new Map<string, Footnote>();

  /** The note for an assertion's evidence sentence. */
  support(s: SupportRecord): number {
    return this.add(s.document, s.evidence.start, s.evidence.text);
  }

  /** The note for the sentence a mention is in. */
  mention(m: MentionCitation): number {
    return this.add(m.document, m.start, m.sentence);
  }

  get all(): Footnote[] {
    return [...this.byKey.values()];
  }

  private add(document: SourceDocument, at: number, sentence: string): number {
    const key = `${document.id}:${at}:${sentence.length}`;
    let note = this.byKey.get(key);
    if (!note) {
      note = { n: this.byKey.size + 1, document, sentence };
      this.byKey.set(key, note);
    }
    return note.n;
  }
}

/** A run with no notes. */
export const plain = (text: string): Run => ({ text, notes: [] });
