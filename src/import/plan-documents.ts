/**
 * The documents an import creates and the assertions read in them: each new report's document,
 * plus one standing for the bundle file when some relationship belongs to no new report. Texts
 * are laid out from the evidence (document-text.ts); a text equal to a stored one gets a line
 * naming its report, since a document's key is the hash of its text.
 */
import type { ImportRef, PlannedAssertion, PlannedDocument } from "../store/index.js";
import type { RelationType } from "../types.js";
import { type EvidencePiece, layoutText } from "./document-text.js";
import type { Read } from "./read-bundle.js";
import type { AssertionExtension, RelationshipObject, ReportExtension, ReportObject } from "./stix-objects.js";
import { qualitiesOf } from "./stix-to-linkage.js";

/** A relationship to import, with where its ends point and what notes say about it. */
export interface AssertionDraft {
  rel: Read<RelationshipObject, AssertionExtension>;
  type: RelationType;
  subject: ImportRef;
  object: ImportRef;
  attributed: ImportRef | null;
  /** Names of the two ends, for a relationship that comes with no sentence at all. */
  ends: readonly [string, string];
  /** Contents of the notes about it, in bundle order. */
  notes: string[];
}

/** A document to create: from a report, or (without one) standing for the bundle file. */
export interface DocumentDraft {
  report?: Read<ReportObject, ReportExtension>;
  assertions: AssertionDraft[];
}

/** The new report a relationship was read in: the one linkage's extension names, else the first listing it. */
export function documentFor(
  rel: Read<RelationshipObject, AssertionExtension>,
  drafts: ReadonlyMap<string, DocumentDraft>,
  listedIn: ReadonlyMap<string, DocumentDraft>,
): DocumentDraft | undefined {
  const named = rel.ext?.document_ref ? drafts.get(rel.ext.document_ref) : undefined;
  return named ?? listedIn.get(rel.object.id);
}

export interface DraftOptions {
  /** Title of the document standing for the bundle file. */
  title: string;
  /** The bundle file, as the user named it. */
  input: string;
  /** SHA-256 of stored texts: a new text must differ from them all. */
  taken: Set<string>;
  sha256: (text: string) => string;
  /** The report id linkage computes for a text's hash. */
  idFor: (sha256: string) => string;
}

/** Documents with their texts, and their assertions with evidence spans in those texts. */
export function draftDocuments(
  drafts: readonly DocumentDraft[],
  bundleDocument: DocumentDraft,
  opts: DraftOptions,
): { documents: PlannedDocument[]; assertions: PlannedAssertion[] } {
  const documents: PlannedDocument[] = [];
  const assertions: PlannedAssertion[] = [];
  const all = bundleDocument.assertions.length ? [...drafts, bundleDocument] : drafts;
  for (const draft of all) {
    const pieces = draft.assertions.map((a, i) => evidencePiece(a, i));
    const report = draft.report;
    // linkage's reports hold only evidence; another tool's description is part of what it says.
    const prelude = report && !report.ext ? [report.object.description ?? ""] : [];
    if (report && pieces.length === 0 && !prelude.some((p) => p.trim()))
      prelude.push(report.object.name || report.object.id);
    const laid = layoutText(prelude, pieces);
    let text = laid.text;
    if (opts.taken.has(opts.sha256(text))) text += `\n\n(${report?.object.id ?? opts.input})`;
    const sha = opts.sha256(text);
    opts.taken.add(sha);
    const stixId = report?.object.id ?? opts.idFor(sha);
    documents.push(report ? fromReport(report, stixId, text, opts.input) : fromBundle(stixId, text, opts));
    draft.assertions.forEach((a, i) => {
      assertions.push(toAssertion(a, stixId, laid.spans.get(pieces[i].key) as { start: number; end: number }));
    });
  }
  return { documents, assertions };
}

/** The sentence an assertion rests on: linkage's evidence, a note, the description, or the bare claim. */
function evidencePiece(a: AssertionDraft, index: number): EvidencePiece {
  const { object: o, ext } = a.rel;
  const said = [ext?.evidence, a.notes[0], o.description].find((t) => t !== undefined && t.trim() !== "");
  const text = said ?? `${a.ends[0]} ${o.relationship_type} ${a.ends[1]}.`;
  const at = ext?.evidence_start;
  // Sentences shared by several relations are laid out once: same place, same words.
  return { key: at === undefined ? text : `${at}-${ext?.evidence_end}:${text}`, text, order: at ?? index };
}

function fromReport(
  report: Read<ReportObject, ReportExtension>,
  stixId: string,
  text: string,
  input: string,
): PlannedDocument {
  const { object: o, ext } = report;
  return {
    stix_id: stixId,
    // linkage names an untitled document's report by its source: that name is no title.
    title: ext?.source !== undefined && o.name === ext.source ? null : o.name,
    // linkage writes the date as the document states it; a report without it had none.
    published: ext ? (ext.published_date ?? null) : o.published.slice(0, 10),
    author: ext?.author ?? null,
    source: ext?.source ?? `${input}#${o.id}`,
    media_type: ext?.media_type ?? "application/stix+json",
    text,
    created: o.created ?? null,
  };
}

function fromBundle(stixId: string, text: string, opts: DraftOptions): PlannedDocument {
  const base = { title: opts.title, published: null, author: null, source: opts.input, created: null };
  return { stix_id: stixId, ...base, media_type: "application/stix+json", text };
}

function toAssertion(a: AssertionDraft, document: string, evidence: { start: number; end: number }): PlannedAssertion {
  const { object: o, ext } = a.rel;
  return {
    stix_id: o.id,
    document,
    subject: a.subject,
    type: a.type,
    object: a.object,
    attributed_to: a.attributed,
    ...qualitiesOf(o, ext),
    evidence,
    status: ext?.review_status ?? "pending",
    reviewed_by: ext?.reviewed_by ?? null,
    extractor: ext?.extractor ?? "stix-relationship@stix-import",
    created: o.created ?? null,
    modified: o.modified ?? null,
  };
}
