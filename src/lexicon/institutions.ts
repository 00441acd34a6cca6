/**
 * Nouns that turn a country into an actor: "the Pakistani army", "Saudi government", "U.S. forces".
 * Multi-word entries are matched before single words.
 */
export const STATE_INSTITUTIONS = [
  "security forces", "armed forces", "air force", "special forces", "intelligence service", "intelligence services",
  "intelligence agency", "military intelligence", "national guard", "defense forces", "defence forces",
  "army", "military", "government", "regime", "forces", "troops", "intelligence", "officials", "authorities",
  "state", "administration", "navy", "police", "monarchy", "leadership", "authority", "establishment",
  "operatives", "soldiers", "officers", "diplomats", "embassy", "ministry", "cabinet", "parliament",
];

/** Prepositions after which a country is a place, not an actor ("in Pakistan", "to Sudan"). */
export const LOCATIVE_PREPOSITIONS = new Set([
  "in", "at", "from", "to", "into", "across", "throughout", "within", "near", "via", "through", "inside",
  "outside", "toward", "towards", "around", "of", "onto", "beyond", "along", "across", "all", "whole",
  "northern", "southern", "eastern", "western", "central", "entire", "rural", "neighbouring", "neighboring",
]);

/** Words that make a plural demonym a set of individuals, not the state: "two Russians". */
export const QUANTIFIERS = new Set([
  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some", "many", "several", "few",
  "most", "young", "other", "fellow", "individual", "wealthy", "rich", "ordinary", "thousands", "hundreds",
  "dozens", "numerous", "of",
]);
