/** Cue phrases that negate, hedge or attribute a claim, as regular-expression fragments. */

/** "refused to", "no interest in", "never", "chose not to", "rebuffed". */
export const NEGATION_CUES = [
  "not", "never", "no", "n't", "neither", "nor", "refused to", "refuses to", "refusing to", "declined to",
  "chose not to", "failed to", "no interest in", "little or no", "no longer", "ceased to", "stopped", "rebuffed",
  "rejected", "denied", "denies", "deny", "without", "stop", "stopped", "cease", "ceased", "halted", "ended", "could not", "did not", "does not", "has not", "have not",
  "had not", "was not", "were not", "is not", "are not", "unwilling to", "reluctant to",
];

/** "appears to", "was accused", "I suspect", "reportedly", "allegedly". */
export const HEDGE_CUES = [
  "reportedly", "allegedly", "alleged", "apparently", "appears? to", "appeared to", "seems? to", "seemed to",
  "may have", "might have", "may", "might", "could have", "possibly", "probably", "likely", "suspected",
  "believed to", "thought to", "said to", "is said", "was said", "accused", "accusations?", "rumou?red",
  "unconfirmed", "claimed", "claims?", "speculated?", "speculates", "I suspect", "we suspect", "purportedly",
  "supposedly", "allegations?", "by some accounts", "some sources", "it is thought", "presumably", "perhaps",
  "suggests?", "suggested", "linked to",
];

/** Verbs by which a source makes a claim: "X claimed that …", "as X pointed out". */
export const SPEECH_VERBS = [
  "said", "says", "claimed", "claims", "wrote", "writes", "stated", "states", "explained", "explains", "noted",
  "notes", "reported", "reports", "argued", "argues", "alleged", "alleges", "asserted", "asserts", "told",
  "announced", "insisted", "pointed out", "recounted", "recounts", "complained", "maintained", "maintain",
  "recalled", "revealed", "admitted", "acknowledged", "confirmed", "described", "denied", "denies", "deny",
  "speculate", "speculated", "believe", "believes", "believed", "suspect", "suspects", "accused", "accuse",
  "contended", "added", "declared", "mentioned", "related", "recounted", "testified", "observed", "remarked",
];

/** Speech verbs that deny what follows: "Nasrallah denied Hezbollah had been fighting". */
export const DENIAL_VERBS = new Set(["denied", "denies", "deny", "rejected", "dismissed"]);
