import type { Extraction } from "../types.js";

/** The extraction as the evaluation format prints it (see README, "extract"). */
export function toEvalJson(result: Extraction, opts: { explain: boolean }): unknown {
  return {
    document: result.document,
    entities: result.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      mentions: e.mentions,
    })),
    relations: result.relations.map((r) => ({
      subject: r.subject,
      type: r.type,
      object: r.object,
      polarity: r.polarity,
      modality: r.modality,
      attributed_to: r.attributed_to,
      time: r.time ? { start: r.time.start, end: r.time.end } : null,
      evidence: r.evidence,
      confidence: r.confidence,
      ...(opts.explain ? { rule: r.rule, cues: r.cues } : {}),
    })),
  };
}
