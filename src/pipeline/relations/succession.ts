/**
 * Succession carries leadership: "`Uthman `Adil, who succeeded Tahir in August 2009" — where
 * the document names Tahir leader or founder of the IMU — says `Uthman `Adil led the IMU from then on. The
 * inferred relation keeps the succession's sentence, time and cues, and names its rule.
 */
import type { Relation } from "../../types.js";

export function inferSuccessions(relations: Relation[]): Relation[] {
  // A founder leads what he founded until succeeded.
  const led = relations.filter((r) => (r.type === "leader_of" || r.type === "founded") && r.polarity === "affirmed");
  const inferred: Relation[] = [];
  for (const s of relations) {
    if (s.type !== "succeeded" || s.polarity !== "affirmed") continue;
    for (const l of led) {
      if (l.subject !== s.object) continue;
      const already = [...relations, ...inferred].some(
        (r) => r.type === "leader_of" && r.subject === s.subject && r.object === l.object,
      );
      if (already) continue;
      inferred.push({
        ...s,
        type: "leader_of",
        object: l.object,
        rule: `${s.rule}+predecessor-led`,
        confidence: Math.min(s.confidence, l.confidence) * 0.9,
        cues: [...s.cues],
      });
    }
  }
  return [...relations, ...inferred];
}
