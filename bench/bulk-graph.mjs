/**
 * A large graph for the query bench, in the shape src/store/bulk-load.ts takes: documents of
 * template sentences, one relation per sentence with its evidence span and the two names as
 * mentions. Ends are skewed toward the first actors of each type, so a few hubs have hundreds
 * of relations and most actors a handful, as in a real corpus.
 */
import {
  actorPool,
  groupByType,
  pick,
  RELATION_TEMPLATES,
  randomDate,
  seeded,
  sentenceFor,
  skewedPick,
} from "./synthetic.mjs";

const LASTING = new Set(["leader_of", "member_of", "affiliate_of", "allied_with", "rival_of"]);
const SENTENCES_PER_DOCUMENT = 50;
/**
 * Background sentences between the relations, so that documents are the size of real reports
 * (some 15 KB) and reading evidence out of them costs what it costs on real documents.
 */
const FILLER = [
  (p, y) => `Observers in ${p} noted a sharp rise in attacks on roads and markets during ${y}.`,
  (p, y) => `Local officials in ${p} declined to comment on the reports when contacted in ${y}.`,
  (p) => `The movement's propaganda in ${p} stressed local grievances over global aims.`,
  (p) => `Recruitment in ${p} relied on family and tribal networks rather than open appeals.`,
  (p, y) => `Several smaller cells in ${p} were dismantled by security forces in ${y}.`,
  () => "Analysts disagree on how much central control the leadership exercised at the time.",
];
const FILLER_PER_RELATION = 3;

export function bulkGraph({ actors: actorCount, relations: relationCount, seed = 7 }) {
  const random = seeded(seed);
  const actors = actorPool(actorCount, seed);
  const byType = groupByType(actors);
  const index = new Map(actors.map((a, i) => [a, i]));
  const documents = [];
  const mentions = [];
  const assertions = [];
  while (assertions.length < relationCount) {
    const document = documents.length;
    const sentences = [];
    let length = 0;
    for (let k = 0; k < SENTENCES_PER_DOCUMENT && assertions.length < relationCount; k++) {
      const t = pick(random, RELATION_TEMPLATES);
      const subject = skewedPick(random, byType, t.subject);
      let object = skewedPick(random, byType, t.object);
      if (object === subject) object = pick(random, byType[t.object]);
      const date = randomDate(random);
      const dated = random() < 0.9;
      const s = sentenceFor(t, subject.name, object.name, date.at);
      const at = (span) => ({ start: length + span.start, end: length + span.end });
      mentions.push({ document, actor: index.get(subject), ...at(s.subject) });
      mentions.push({ document, actor: index.get(object), ...at(s.object) });
      assertions.push({
        document,
        subject: index.get(subject),
        type: t.type,
        object: index.get(object),
        polarity: random() < 0.05 ? "negated" : "affirmed",
        modality: random() < 0.1 ? "hedged" : "asserted",
        attributedTo: random() < 0.05 ? index.get(skewedPick(random, byType, "person")) : null,
        time: dated ? timeOf(random, t.type, date.iso) : null,
        evidence: { start: length, end: length + s.text.length },
        confidence: 0.75,
        rule: "template",
      });
      sentences.push(s.text);
      length += s.text.length + 1;
      for (let f = 0; f < FILLER_PER_RELATION; f++) {
        const filler = pick(random, FILLER)(
          skewedPick(random, byType, "location").name,
          randomDate(random).iso.slice(0, 4),
        );
        sentences.push(filler);
        length += filler.length + 1;
      }
    }
    const published = randomDate(random).iso;
    documents.push({
      text: sentences.join(" "),
      title: `Generated report ${document}`,
      published,
      source: `bench-${document}.txt`,
    });
  }
  return { actors, documents, mentions, assertions };
}

/** The time value of a relation dated `iso`; some lasting relations also end, 1 to 10 years on. */
function timeOf(random, type, iso) {
  const precision = iso.length === 4 ? "year" : iso.length === 7 ? "month" : "day";
  let end = null;
  if (LASTING.has(type) && random() < 0.4) end = String(Number(iso.slice(0, 4)) + 1 + Math.floor(random() * 10));
  return { start: iso, end, precision };
}
