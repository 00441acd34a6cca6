/**
 * Words that shape names: what makes a capitalised phrase an organization, a person or a place,
 * which small words may sit inside a name, and which capitalised words are never actors.
 */

/** Head nouns of organization names, English and transliterated ("X Front", "Jabhat X"). */
export const ORG_HEADS = new Set([
  "front", "movement", "brigade", "brigades", "battalion", "battalions", "army", "armies", "party", "organization",
  "organisation", "group", "groups", "council", "union", "jihad", "state", "taliban", "agency", "service", "services",
  "bureau", "committee", "conference", "foundation", "center", "centre", "alliance", "coalition", "league",
  "forces", "force", "guard", "guards", "corps", "militia", "militias", "network", "shura", "association", "society",
  "brotherhood", "gathering", "congress", "assembly", "ministry", "department", "commission", "institute",
  "fund", "authority", "command", "emirate", "caliphate", "resistance", "faction", "cell", "cells",
  "directorate", "intelligence", "police", "government", "regime", "administration", "navy", "seals",
  "commandos", "legion", "division", "squad", "order", "federation", "confederation", "mujahideen", "mujahidin",
  "fighters", "revolutionaries", "tigers", "hamas", "hezbollah", "hizballah", "hizbullah", "hizbollah",
  "university", "academy", "bank", "company", "times", "post", "news", "magazine", "daily", "sentinel",
]);

/** Transliterated words that open an organization name ("Jabhat al-Nusra", "Lashkar-e-Taiba"). */
export const ORG_OPENERS = new Set([
  "jabhat", "jaysh", "jaish", "harakat", "harakat-ul", "harkat", "hizb", "hezb", "hizb-ut", "tehrik", "tehreek",
  "lashkar", "ansar", "jamaat", "jama'at", "jamaah", "jemaah", "jamiat", "majlis", "kataib", "kata'ib", "liwa",
  "sipah", "tanzim", "firqat", "saraya", "asbat", "jund", "junud", "katibat", "tahrir", "muqawama",
]);

/** Titles and honorifics that open a person's name ("Mullah `Umar", "General Omar al Bashir"). */
export const PERSON_TITLES = new Set([
  "mullah", "mulla", "maulvi", "maulana", "mawlana", "shaykh", "sheikh", "shaikh", "sheik", "imam", "ayatollah",
  "hojatoleslam", "sayyid", "sayed", "syed", "emir", "amir", "president", "prime", "minister", "general", "colonel",
  "commander", "king", "prince", "queen", "sultan", "emperor", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
  "lieutenant", "major", "captain", "admiral", "marshal", "senator", "secretary", "chairman", "judge", "justice",
  "pope", "cardinal", "bishop", "rabbi", "mufti", "qari", "hafiz", "haji", "hajji", "sergeant", "agent",
]);

/** Words that open Arabic-style personal names: kunya and filiation ("Abu Bakr", "Umm X", "Abd al-Rahman"). */
export const PERSON_OPENERS = new Set(["abu", "abou", "umm", "abd", "abdul", "abdel", "abdal", "ibn", "bin", "bint"]);

/** Small words allowed inside a name between capitalised words. */
export const NAME_CONNECTORS = new Set([
  "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ul", "ud", "bin", "ibn", "bint", "abu", "abd", "de", "del",
  "la", "le", "da", "di", "van", "von", "e", "i", "y",
]);

/** Connectors allowed only inside organization names ("Movement of Uzbekistan"). */
export const ORG_CONNECTORS = new Set(["of", "the", "for", "and", "on", "to", "against", "in"]);

/** Heads of names of places rather than actors. */
export const PLACE_HEADS = new Set([
  "mosque", "valley", "province", "governorate", "district", "city", "county", "towers", "tower", "street",
  "avenue", "square", "mountains", "mountain", "river", "sea", "ocean", "gulf", "peninsula", "border", "line",
  "airport", "base", "camp", "region", "desert", "island", "islands", "strip", "bank", "heights", "pass",
]);

/** Heads of names of events, eras and documents: never an actor. */
export const NON_ACTOR_HEADS = new Set([
  "war", "wars", "operation", "crisis", "revolution", "uprising", "intifada", "agreement", "accord", "accords",
  "treaty", "report", "resolution", "act", "day", "era", "age", "period", "plan", "attack", "attacks", "bombing",
  "bombings", "massacre", "battle", "siege", "offensive", "campaign", "election", "elections", "conflict",
]);

/** Function and discourse words: never start or continue a name, even capitalised ("The", "Instead"). */
export const FUNCTION_WORDS = new Set([
  "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his",
  "her", "their", "our", "my", "in", "on", "at", "by", "for", "from", "with", "after", "before", "during", "since",
  "while", "when", "where", "what", "who", "whom", "which", "why", "how", "but", "and", "or", "so", "yet", "as",
  "if", "although", "though", "however", "instead", "given", "owing", "under", "beyond", "despite", "according",
  "there", "here", "then", "thus", "also", "both", "all", "some", "many", "most", "several", "no", "not", "only",
  "even", "still", "once", "meanwhile", "moreover", "furthermore", "among", "between", "within", "against",
  "toward", "towards", "through", "into", "upon", "about", "each", "every", "any", "such", "because", "unlike",
  "like", "until", "having", "being", "following", "today", "now", "whether", "regardless", "whereas", "to", "of",
]);

/** Capitalised words that are no name on their own (sentence openers, religions, weekdays, discourse words). */
export const NEVER_NAMES = new Set([
  "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his",
  "her", "their", "our", "my", "in", "on", "at", "by", "for", "from", "with", "after", "before", "during", "since",
  "while", "when", "where", "what", "who", "whom", "which", "why", "how", "but", "and", "or", "so", "yet", "as",
  "if", "although", "though", "however", "instead", "given", "owing", "under", "beyond", "despite", "according",
  "there", "here", "then", "thus", "also", "both", "all", "some", "many", "most", "several", "one", "two", "three",
  "no", "not", "only", "even", "still", "once", "later", "earlier", "meanwhile", "moreover", "furthermore",
  "islam", "islamic", "allah", "god", "muslim", "muslims", "christian", "christians", "jewish", "jews", "sunni",
  "sunnis", "shia", "shiite", "shiites", "shi'a", "salafi", "salafist", "jihadi", "jihadist", "jihadists", "quran",
  "koran", "prophet", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "archive",
  "history", "background", "foundation", "see", "note", "notes", "references", "contents", "edit", "english",
  "arabic", "western", "eastern", "northern", "southern", "central", "mr", "western", "new", "old", "first",
  "second", "third", "last", "next", "former", "late", "early", "mid", "among", "between", "within", "against",
  "toward", "towards", "through", "into", "upon", "about", "above", "below", "each", "every", "any", "such",
  "other", "another", "because", "unlike", "like", "until", "having", "being", "following", "today", "now",
  "chapter", "section", "figure", "table", "part", "vol", "page", "islamist", "islamists", "gulf", "arab", "arabs",
  "western", "westerners", "president", "general", "king", "emir", "amir", "sheikh", "shaykh", "mullah", "imam",
  "caliph", "mujahideen", "mujahidin", "jihad", "ummah", "umma", "sharia", "shari'a", "hadith", "sunnah", "hajj",
  "ramadan", "eid", "soviet", "communist", "communists", "marxist", "marxists", "kurdish", "kurds", "baluch",
  "pashtun", "pashtuns", "tajik", "tajiks", "uzbek", "hanafi", "wahhabi", "wahhabis", "deobandi", "sufi", "shiism",
  "asian", "african", "european", "arabian", "caucasian", "latin", "balkan", "nordic", "middle", "south", "north",
  "east", "west", "sunni-dominated", "shia-dominated",
]);

/** Generic nouns that refer back to the salient organization ("the group", "the organization"). */
export const ORG_DESCRIPTORS = new Set([
  "group", "organization", "organisation", "movement", "faction", "network", "militia", "outfit", "party",
  "jihadist group", "militant group", "terrorist group", "insurgent group", "armed group", "rebel group",
]);

/** Generic nouns that refer back to the salient person ("the cleric", "the ideologue"). */
export const PERSON_DESCRIPTORS = new Set([
  "leader", "cleric", "ideologue", "preacher", "commander", "militant", "jihadist", "scholar", "sheikh", "shaykh",
  "emir", "amir", "founder", "chief", "businessman", "financier", "president", "king", "mullah", "general",
]);
