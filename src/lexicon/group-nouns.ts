/**
 * Nouns for non-state groups named after a country ("Syrian rebels", "Afghan mujahideen"), each
 * mapped to the class it belongs to: "Syrian rebels" and "the Syrian opposition" are one actor.
 */
export const GROUP_NOUNS: ReadonlyMap<string, string> = new Map([
  ["opposition", "opposition"],
  ["rebels", "opposition"],
  ["rebel", "opposition"],
  ["insurgents", "opposition"],
  ["insurgency", "opposition"],
  ["resistance", "opposition"],
  ["mujahideen", "mujahideen"],
  ["mujahidin", "mujahideen"],
  ["mujahedeen", "mujahideen"],
  ["mujahedin", "mujahideen"],
  ["jihadists", "jihadists"],
  ["islamists", "islamists"],
]);

/** Role words after a demonym that make it the state: "Egyptian President X", "Israeli prime minister X". */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  "president",
  "prime minister",
  "premier",
  "king",
  "emir",
  "crown prince",
  "prince",
  "foreign minister",
  "defense minister",
  "defence minister",
  "interior minister",
  "minister",
  "ambassador",
  "envoy",
  "general",
  "chief of staff",
  "army chief",
  "spy chief",
  "intelligence chief",
  "official",
  "officials",
  "diplomat",
  "diplomats",
  "leader",
  "ruler",
  "monarch",
  "dictator",
  "counter-terrorism",
  "counterterrorism",
]);

/** What a state gives, after its demonym: "Saudi aid", "American weapons" name the state as the giver. */
export const SUPPORT_NOUNS: ReadonlySet<string> = new Set([
  "aid",
  "support",
  "funding",
  "backing",
  "assistance",
  "money",
  "funds",
  "weapons",
  "arms",
  "training",
  "help",
  "protection",
  "patronage",
  "sponsorship",
  "airstrikes",
  "strikes",
  "troops",
  "advisers",
  "advisors",
]);
