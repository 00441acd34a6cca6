/**
 * Relation patterns over compressed sentences (see compress.ts), built from the cue lexicon.
 * A template names its parts: {S} subject slot, {O} object slot, {G} a coordinated group whose
 * members relate pairwise, {T} the trigger cue, {GAP} a few words with no slot and no clause
 * break, {MODS} role modifiers ("the then", "senior"). Every template carries the kind of
 * sentence it handles.
 */
import { ROLE_WORDS } from "../../lexicon/group-nouns.js";
import { RELATION_CUES, type RelationCues } from "../../lexicon/relation-cues.js";
import { RELATION_TYPES, type RelationType, SYMMETRIC_TYPES } from "../../types.js";

/** Where the subject comes from when the template has no {S}. */
export type SubjectSource = "slot" | "sentence-topic" | "last-person";

export interface Pattern {
  /** Rule name, shown by `--explain`. */
  name: string;
  type: RelationType;
  regex: RegExp;
  /** The trigger alone: a sentence without it cannot match, so the full pattern is not tried. */
  trigger: RegExp;
  /** For {G} templates: relate every pair in the group. */
  pairwise: boolean;
  subject: SubjectSource;
  /** Object of a template without {O}: the organization last named ("Y became emir" leads it). */
  objectFromContext?: boolean;
  /** The subject's words must read so ("King Fahd" for "King Fahd of Saudi Arabia"). */
  subjectText?: RegExp;
  /** The cue itself denies the relation ("cut ties with"). */
  negates: boolean;
  /** Slot tokens a sentence needs for the pattern to match at all ({G} counts as one). */
  slots: number;
  /** A cheap test the sentence must pass first, when the template has one. */
  requires?: RegExp;
  /**
   * Words one of which (lower case) any text the trigger matches contains, or null when a cue
   * starts with no plain word: a sentence without any is not worth the trigger's regex.
   */
  triggerWords: readonly string[] | null;
}

const SLOT = String.raw`§([\d+]+)`;
const CLAUSE_BREAK = String.raw`\b(?:but|while|whereas|which|who|whom|although|though|because|after|before|when|where|until|whose|if|since)\b`;
/** Up to `max` characters without a slot, a clause break or a comma. */
const GAP = (max: number) => String.raw`(?:(?!${CLAUSE_BREAK})[^§;:(),]){0,${max}}?`;
/** As GAP, commas allowed (between a verb and its object: "provided, in 1998, arms to Y"), but not ", and". */
const WIDE_GAP = (max: number) => String.raw`(?:(?!${CLAUSE_BREAK}|,\s(?:and|or|but|while)\b)[^§;:()]){0,${max}}?`;
/** As GAP, but without a past-tense verb other than those that carry a noun ("waged war on"). */
const NO_MAIN_VERB = (max: number) =>
  String.raw`(?:(?!${CLAUSE_BREAK}|\b(?!(?:waged|launched|declared|conducted|continued|started|began|intensified|escalated|led|carried|stepped|joined|enjoyed|maintained|had|developed|built|forged|established|signed|announced|resumed|renewed|ended)\b)\w+ed\b)[^§;:(),]){0,${max}}?`;
const MODS = String.raw`(?:(?:the|a|an|its|his|their|her|one of (?:the|its|his|their)|then|former|current|late|new|future|de facto|self-declared|self-proclaimed|longtime|long-time|senior|top|chief|spiritual|military|armed|militant|paramilitary|clandestine|underground|youth|student|external|overseas|supreme|first|second|overall|founding|notorious|powerful|influential|prominent|charismatic|slain|religious|political|ideological|operational|local|regional|Gulf|Arab|foreign|so-called|nominal|official|main|general|secretary|acting|interim)\s)*`;
/** "the government of Iran": the state by its government. */
const STATE_OF = String.raw`(?:(?:government|regime|leadership|state|authorities|forces|army|military|intelligence services?)\sof\s(?:the\s)?)?`;
/** Up to two lower-case adjectives: "FBI special agent X", "Hezbollah's senior military commander X". */
// (no past-tense verb: in "X criticized President Y", "criticized" is no adjective of "President";
// no conjunction: "He and the cleric Azzam")
const ADJECTIVES = String.raw`(?:(?!(?:and|or|but)\s)(?!(?!(?:armed|alleged|so-called|self-styled|feared|revered|renowned|noted|exiled|jailed|detained|imprisoned|retired|deposed|ousted|assassinated)\s)[a-z]+ed\s)[a-z][\w-]*\s){0,2}?`;
/** Rulers whose title and country read "King Fahd of Saudi Arabia". */
const RULER = /^(?:King|Queen|Emir|Amir|Sultan|Shah|Prince|Crown Prince|President|Caliph)\b/u;
const RELATIVE = String.raw`(?:,?\s(?:who|which|that)\b)?`;
/** A country and an office before a person: "§3 prime minister §4" (the office holder is meant). */
const OFFICE_OF = String.raw`§[\d+]+\s(?:${[...ROLE_WORDS].map((r) => r.replace(/ /g, "\\s")).join("|")})\s(?=§)`;
/** The comma closing a name set off after a role: "Its leader, §4, pledged". */
const NAMED_AFTER_ROLE = String.raw`(?:(?<=\b(?:leader|founder|commander|chief|head|emir|amir|spokesman|deputy|successor|ideologue),\s§[\d+]+),)?`;
/** Another actor's compound before the object: "armed the §2-led §3" arms §3. */
const LED_BY_ANOTHER = String.raw`§[\d+]+[-‐](?:led|backed|linked|based|dominated|controlled|run|affiliated|aligned|allied|inspired|sponsored|supported)\s(?=§)`;
/** "X would in fact become", "X later became": words between a subject and its copula. */
const AUXILIARIES = String.raw`(?:\s(?:would|will|was to|had|has|later|then|also|soon|eventually|in fact|\w+ly)\b){0,3}`;
const BE = String.raw`\b(?:was|were|is|are|been|being|be|had been|has been|have been)\b(?:\s\w+ly)?`;
/** The verb is not passive: no "by" right after it ("organized by" belongs to passive-verb). */
const NOT_PASSIVE_AFTER = String.raw`(?!\s(?:\w+ly\s)?by\b)`;
// "by Iran", "by a contingent of 1,500 Revolutionary Guards" — never "by a member of X".
// ("backed by funding from the European Union": what the agent gave may stand before it)
const AGENT = String.raw`by\s(?:(?:a|an|the|its|his|their|some|several|[\d,]+|contingent|group|number|team|unit|force|delegation|of|\w+ly|local|foreign|elite)\s){0,6}(?:(?:funding|money|funds|weapons|arms|aid|assistance|support|troops|advisers|training)\s(?:from|of)\s(?:the\s)?)?`;
/** A slot that is the thing itself, not "X-led" or "X-backed" (those are modifiers of what follows). */
/** An apposition opening a relative clause about the name before it: ", an organization that". */
const RELATIVE_APPOSITION = String.raw`(?:,\s(?:an?|the)\s(?:[\w-]+\s){0,3}?(?:that|which|who)\b)?`;
const BARE = String.raw`(?![-‐](?:led|backed|linked|based|run|dominated|controlled|funded|trained|affiliated|aligned|allied|inspired|sponsored|supported|armed|held))`;
/** "led the assault on al-Qa`ida's behalf": the slot is whom the act served, not its object. */
const NOT_ON_BEHALF = String.raw`(?!'s\s(?:behalf|sake|name|orders|request))`;
/** The trigger is a word of its own ("already-established" is no founding) and not after "was". */
// (a form of "be" before the trigger makes a passive, except before an -ing form: "were fighting")
const ACTIVE = String.raw`(?<![-‐\w])(?:(?=[a-z]+ing\b)|(?<!\b(?:was|were|been|being|is|are|be)(?:\s\w+){0,2}\s))(?<!\b(?:received|receive|receives|receiving|provided|provide|gave|give|got|sought|offered|obtained|secured|the|any|of|for|its|their|his|her|no|on|with|by|from|as|a|an)\s)`;

interface Template {
  name: string;
  cue: keyof RelationCues;
  source: string;
  pairwise?: boolean;
  subject?: SubjectSource;
  objectFromContext?: boolean;
  /** Keep only cues of this shape (e.g. -ing forms for participial clauses). */
  cueFilter?: RegExp;
  /** The subject's words must read so ("King Fahd"). */
  subjectText?: RegExp;
  /** The cue itself denies the relation ("cut ties with"). */
  negates?: boolean;
  /** A cheap test the sentence must pass before the pattern is tried (shared by all types). */
  requires?: RegExp;
}

const TEMPLATES: Template[] = [
  // "X funded Y", "X, who succeeded Y", "X also joined together with Y"
  {
    name: "active-verb",
    cue: "verbs",
    // ("accuses Pakistan's Inter-Services Intelligence": the agency, not its country)
    // ("assassinated former Indian prime minister Rajiv Gandhi": the man, not his country)
    // ("Its leader, Iyad Ag Ghaly, pledged …": the name set off after its role is the subject)
    // (an agent after "by" is no subject: "founded by X and launched …" was launched by the founded)
    // (the check sits after the slot, so the pattern still opens with "§", which the engine scans for)
    source: `{S}(?:(?<!\\bby\\s(?:the\\s)?§[\\d+]+)|(?=,?\\s(?:who|which)\\b))${BARE}${NAMED_AFTER_ROLE}${RELATIVE}${GAP(40)}${ACTIVE}{T}\\b${NOT_PASSIVE_AFTER}${WIDE_GAP(50)}(?:§[\\d+]+'s\\s(?=§)|${OFFICE_OF}|${LED_BY_ANOTHER})?{O}${BARE}${NOT_ON_BEHALF}`,
  },
  // "the Blind Sheikh, whom Bin Ladin admired", "the Houthi movement, which Iran has armed" (and no
  // other object after the verb: "X, which Iran used to arm Y" arms Y)
  {
    name: "object-relative",
    cue: "verbs",
    source: `{O}(?:\\s[a-z]+)?,?\\s(?:whom|which)\\s(?:the\\s)?{S}\\s${GAP(30)}${ACTIVE}{T}\\b(?!\\s(?:[\\w-]+\\s){0,3}?§)`,
  },
  // "X played a role in the war, opposing Y": an -ing clause after a comma takes the sentence's subject
  {
    name: "participial-clause",
    cue: "verbs",
    source: `(?:,|\\band)\\s(?:\\w+ly\\s)?{T}\\b${GAP(40)}{O}${BARE}`,
    subject: "sentence-topic",
    cueFilter: /ing\b/,
  },
  // "India accuses X of supporting Y": what one is accused of (hedged and credited by the refiners)
  {
    name: "accused-of",
    cue: "verbs",
    requires: /\b(?:accus|suspect|charg)/iu,
    source: `{S}(?<=\\b(?:accused|accuses|accuse|accusing|suspected|suspects|suspect|charged|charges)\\s(?:the\\s)?(?:§[\\d+]+'s\\s)?§[\\d+]+)\\sof\\s(?:\\w+ly\\s)?{T}\\b${WIDE_GAP(30)}{O}${BARE}`,
    cueFilter: /ing\b/,
  },
  // "Y was funded by X", "its forces were trained and organized by a contingent of Revolutionary Guards"
  {
    name: "passive-verb",
    cue: "participles",
    source: `{O}${GAP(50)}${BE}\\s(?:\\w+\\s)?{T}\\b${WIDE_GAP(40)}\\b${AGENT}{S}`,
  },
  // "Y, backed by X" / "a militia supported by X"
  // (after "was" it is a passive, whose subject is the name before the verb, not one in an aside)
  {
    name: "participle-by",
    cue: "participles",
    // (a comma only right after the name or its apposition: after a clause, the participle is the subject's)
    source: `{O}(?:,\\s(?:an?|the)\\s[^§;:(),]{0,60}?\\s|,\\s(?:\\w+ly\\s)?|${GAP(60)}\\b)(?<!\\b${BE}\\s){T}\\s(?:\\w+\\s){0,2}?${AGENT}{S}`,
  },
  // "AMISOM fought al-Shabaab in Mogadishu, backed by the United States": the subject is backed
  // (a participle right after a name, "the government of Syria, led by the Assad family", is the name's)
  {
    name: "participle-by-subject",
    cue: "participles",
    requires: /,\s(?:\w+ly\s)?[a-z-]+\s(?:\w+\s){0,2}?by\s/u,
    source: `^[^§]{0,60}?{O}[^;:()§]{0,60}?§[^;:()]{0,120}?(?<!§[\\d+]+|§[\\d+]+\\s[a-z]+),\\s(?:\\w+ly\\s)?{T}\\s(?:\\w+\\s){0,2}?${AGENT}{S}`,
  },
  // "Syrian rebels have shelled Hezbollah-controlled areas"
  {
    name: "held-territory",
    cue: "territory",
    source: `{S}${GAP(40)}${ACTIVE}{T}\\s(?:\\w+\\s){0,3}?{O}-(?:controlled|held|occupied|run)\\b`,
  },
  // "Hezbollah attacked three villages controlled by the FSA"
  {
    name: "held-territory-by",
    cue: "territory",
    requires: /\b(?:controlled|held|occupied|run)\sby\b/u,
    source: `{S}${GAP(40)}${ACTIVE}{T}\\s(?:[\\w-]+\\s){0,4}?(?:controlled|held|occupied|run)\\sby\\s(?:the\\s)?{O}${BARE}`,
  },
  // "X's support for Y", "the IMU's inclusion into the Islamic State"
  { name: "possessive-noun", cue: "nouns", source: `{S}'s\\s${GAP(30)}\\b{T}\\b\\s?${GAP(20)}{O}` },
  // "X's close ties to Y", "X has links to Y", "the IMU's first major confrontation with Y"
  // …but not across another verb: in "X opposed jihad against Y", X is not the one fighting
  {
    name: "subject-noun",
    cue: "nouns",
    source: `{S}${NO_MAIN_VERB(40)}\\b{T}\\b\\s?(?:the\\s)?(?:[\\w'-]+\\s){0,2}?${STATE_OF}{O}${BARE}`,
  },
  // "X, who led the assault on Y's behalf"
  { name: "on-behalf", cue: "behalf", source: `{S}${RELATIVE}${GAP(40)}\\b{T}\\s(?:the\\s)?{O}'s\\s(?:behalf|orders)` },
  // "X fought on behalf of Y"
  { name: "on-behalf-of", cue: "behalf", source: `{S}${RELATIVE}${GAP(40)}\\b{T}\\sbehalf\\sof\\s(?:the\\s)?{O}` },
  // "clashes between X and Y", "a meeting between X and Y"
  { name: "noun-between", cue: "nouns", source: `\\b{T}\\b\\s?(?:between\\s|among\\s)?(?:the\\s)?{G}`, pairwise: true },
  // "X and Y merged", "X and Y met in 1998"
  { name: "group-verb", cue: "verbs", source: `{G}${GAP(30)}${ACTIVE}{T}\\b(?!\\s(?:\\w+\\s){0,3}?§)`, pairwise: true },
  // "X and Y clashed", "the two factions fought each other": no object, the pair acts on itself
  {
    name: "reciprocal",
    cue: "reciprocal",
    source: `{G}${GAP(30)}${ACTIVE}{T}\\b(?!\\s(?:with|against|alongside)\\b)(?!\\s(?:\\w+\\s){0,3}?§)`,
    pairwise: true,
  },
  // "X drew on funds raised by Y", "X received little or no assistance from Y": Y supported X;
  // "X, an organization that had received support from Y"
  {
    name: "beneficiary",
    cue: "benefits",
    source: `{O}${RELATIVE_APPOSITION}${GAP(40)}\\b{T}\\b${WIDE_GAP(50)}\\b(?:by|from)\\s(?:the\\s)?${STATE_OF}(?:§[\\d+]+'s\\s(?=§))?{S}${BARE}`,
  },
  // "the Saudis joined the U.S.-led coalition": joining a coalition an actor leads allies one with it
  {
    name: "joined-led-coalition",
    cue: "coalitions",
    source: `{S}${GAP(30)}\\b{T}\\s(?:the\\s)?{O}-led\\s(?:coalition|alliance|campaign|forces|intervention|operation)`,
  },
  // "Iranian-backed Hezbollah", "a U.S.-funded militia"
  { name: "hyphen-participle", cue: "hyphenated", source: `{S}-{T}\\s(?:[\\w-]+\\s){0,3}?{O}` },
  // "X, the leader of Y", "X, a member of Y", "X, the future founder of Y"
  {
    name: "appositive-role",
    cue: "roles",
    // "X, a Palestinian Islamic scholar and member of Y": descriptive words may come first
    source: `{S},?\\s${MODS}(?:(?:(?!of\\b)(?:[\\w-]+|§[\\d+]+)\\s){1,4}?and\\s${MODS})?{T}\\s(?:of|in|for|within|at|to|from)\\s(?:the\\s)?{O}`,
  },
  // "X, the Y's former quartermaster general, …"
  {
    name: "appositive-possessive-role",
    cue: "roles",
    requires: /,\s(?:the\s)?§[\d+]+'s\s/u,
    source: `{S},\\s(?:the\\s)?{O}'s\\s${MODS}${ADJECTIVES}{T}\\b(?!\\s(?:of|in|for)\\b)`,
  },
  // "X founded Y in 2004 and led it until 2009": a second verb after "and" shares the subject
  {
    name: "coordinated-verb",
    cue: "verbs",
    requires: /\sand\s/iu,
    source: `^[^§]{0,40}?{S}[^§.;:]*?§[\\d+]+[^§.;:]*?,?\\sand\\s(?:then\\s|later\\s|also\\s|subsequently\\s|eventually\\s)?{T}\\s(?:the\\s)?{O}${BARE}`,
  },
  // "X, a former CIA analyst"
  {
    name: "appositive-prenominal-role",
    cue: "roles",
    source: `{S},\\s(?:a|an|the)\\s${MODS}${ADJECTIVES}{O}\\s${ADJECTIVES}{T}\\b(?!\\s(?:of|in|for)\\b)`,
  },
  // "al-Qaeda announced it was cutting all ties with the group": an alliance denied
  { name: "alliance-broken", cue: "breaks", source: `{S}${GAP(40)}\\b{T}\\b\\s?(?:the\\s)?{O}`, negates: true },
  // "some Y leaders, like X", "Y commanders such as X and Z": examples of a plural role
  {
    name: "role-examples",
    cue: "roles",
    cueFilter: /s$/u,
    source: `{O}(?:'s)?\\s${ADJECTIVES}{T},?\\s(?:like|such as|including|notably|among them)\\s{S}`,
  },
  // "Y's mufti X", "al-Qa`ida's leader X"
  { name: "possessive-role", cue: "roles", source: `{O}'s\\s${MODS}${ADJECTIVES}{T},?\\s{S}` },
  // "Hezbollah commander X", "its leader X", "Taliban leader X"
  { name: "prenominal-role", cue: "roles", source: `{O}\\s${MODS}${ADJECTIVES}{T},?\\s{S}` },
  // "Bin Ladin's Islamic Army Shura", "Mohammad Najibullah's Communist Afghan government"
  { name: "possessor", cue: "possessor", source: `{S}{T}\\s(?:own\\s|new\\s)?{O}${BARE}(?!'s)` },
  // "After Umarov's death, Kebekov became emir": the title of the organization last named
  {
    name: "became-title",
    cue: "titles",
    source: `{S}${AUXILIARIES}\\s(?:became|was named|was appointed|was elected|was chosen as|was declared|took over as|succeeded\\s(?:him|her|§[\\d+]+)\\sas)\\s(?:the\\s)?(?:group's\\s|organization's\\s|movement's\\s)?(?:new\\s)?{T}\\b(?!\\s(?:of|in|for|at)\\b|'s|-)`,
    objectFromContext: true,
  },
  // "King Fahd of Saudi Arabia", "Emir X of Qatar"
  { name: "ruler-of", cue: "rulerOf", source: `{S}\\s{T}\\s(?:the\\s)?{O}${BARE}`, subjectText: RULER },
  // "Al-Qaeda enjoyed the Taliban's protection": Y supported X
  {
    name: "beneficiary-possessive",
    cue: "benefitsOf",
    source: `{O}${GAP(40)}\\b{T}\\s(?:the\\s)?{S}'s\\s(?:[a-z][\\w-]*\\s)?(?:protection|support|backing|patronage|shelter|help|aid|hospitality|funding|sanctuary|assistance|money|weapons)\\b`,
  },
  // "X has fought Y since 2007 with support from Z", "X, with the backing of Z, took Y": Z
  // supported the sentence's subject X
  {
    name: "with-help",
    cue: "withHelp",
    requires: /\bwith\s/iu,
    source: `^[^§]{0,40}?{O}[^.;:]*?\\bwith\\s(?:the\\s)?(?:[a-z]+\\s){0,2}?{T}\\s(?:of|from)\\s(?:the\\s)?${STATE_OF}{S}${BARE}`,
  },
  // "X took Y with Z's help", "with Iranian support" (as a demonym slot)
  {
    name: "with-possessor-help",
    cue: "withHelp",
    requires: /\bwith\s/iu,
    source: `^[^§]{0,40}?{O}[^.;:]*?\\bwith\\s(?:the\\s)?{S}(?:'s)?\\s(?:[a-z]+\\s)?{T}\\b`,
  },
  // "X and Y are bitter rivals", "X and Y have long been allies"
  {
    name: "pair-copula",
    cue: "pairNouns",
    source: `{G}\\s(?:\\w+ly\\s)?(?:are|were|remain|remained|became|become|have been|had been|have long been|had long been)\\s(?:\\w+\\s){0,2}?{T}\\b`,
    pairwise: true,
  },
  // "Under the leadership of X, Y took the town"; "Y, under the command of X, …"
  {
    name: "under-leader",
    cue: "under",
    requires: /\bunder\s/iu,
    source: `\\bunder\\s(?:the\\s)?(?:[a-z]+\\s)?{T}\\sof\\s{S},?\\s(?:the\\s)?{O}${BARE}`,
  },
  {
    name: "led-under",
    cue: "under",
    requires: /\bunder\s/iu,
    source: `{O},?\\s(?:[a-z]+\\s){0,3}?under\\s(?:the\\s)?(?:[a-z]+\\s)?{T}\\sof\\s{S}${BARE}`,
  },
  // "X signed an agreement with Y in 2014, mediated by Z": Z mediated between X and Y
  {
    name: "pair-participle",
    cue: "pairParticiples",
    requires: /\sby\s/iu,
    source: `^[^§]{0,40}?{O}[^.;:]*?§(?<o2>[\\d+]+)${WIDE_GAP(40)},?\\s{T}\\sby\\s(?:the\\s)?{S}${BARE}`,
  },
  // "Hekmatyar was the recipient of Saudi aid": Saudi Arabia supported Hekmatyar
  {
    name: "recipient",
    cue: "benefitsOf",
    source: `{O}${GAP(40)}\\b{T}\\s(?:[a-z]+\\s){0,2}?{S}\\s(?:[a-z]+\\s)?(?:aid|support|funding|backing|assistance|money|funds|weapons|arms|training|help|protection)\\b`,
  },
  // "the leader of Y, X"
  // (singular roles only: "leaders of Y, X and Z" is more often a list than an apposition)
  {
    name: "role-of-then-name",
    cue: "roles",
    cueFilter: /[^s]$/u,
    source: `\\b{T}\\s(?:of|in|for)\\s(?:the\\s)?{O},\\s{S}`,
  },
  // "X was then one of its senior leaders", "X became the head of Y"
  {
    name: "copula-role",
    cue: "roles",
    source: `{S}${RELATIVE}${AUXILIARIES}\\s(?:was|is|were|are|became|becomes|remained|had been|has been|served as|would become|would be|emerged as|began as|started as|acted as)\\b(?:\\s\\w+){0,2}?\\s${MODS}{T}\\s(?:of|in|for|within)\\s(?:the\\s)?{O}`,
  },
  // "Tahir was then one of its senior leaders"
  {
    name: "copula-possessive-role",
    cue: "roles",
    source: `{S}${RELATIVE}${AUXILIARIES}\\s(?:was|is|were|are|became|become|becomes|remained|had been|has been)\\b(?:\\s\\w+){0,2}?\\s(?:one of\\s)?{O}(?:'s)?\\s${MODS}${ADJECTIVES}{T}\\b(?!\\s(?:of|in)\\b)`,
  },
  // "a Gulf member of the IMU named Abu Hanifa al-Bahraini"
  {
    name: "role-of-named",
    cue: "roles",
    source: `\\b{T}\\s(?:of|in)\\s(?:the\\s)?{O}\\s(?:named|called|known as)\\s{S}`,
  },
  // "the schism within the IMU which led to the creation of the IJU"
  {
    name: "schism-creation",
    cue: "schisms",
    source: `\\b{T}\\s(?:within|in|inside|of)\\s(?:the\\s)?{O}\\s(?:which|that)?\\s?(?:led|gave rise|resulted)\\s(?:to|in)\\s(?:the\\s)?(?:creation|formation|birth|emergence|founding)\\sof\\s(?:the\\s)?{S}`,
  },
  // "X, Y's former leader"
  { name: "appositive-possessive-role", cue: "roles", source: `{S},\\s{O}'s\\s${MODS}{T}\\b` },
  // "… showing its leader at a ceremony during which bay`a was given to X": the topic pledged
  { name: "agentless-passive", cue: "agentless", source: `\\b{T}\\s(?:the\\s)?{O}`, subject: "sentence-topic" },
  // "the Taliban leader summoned …": a role phrase standing for the person just named
  {
    name: "descriptor-role",
    cue: "roles",
    source: `\\bthe\\s{O}\\s${MODS}{T}\\b(?!\\s?,?\\s?§|\\s(?:of|in)\\b)`,
    subject: "last-person",
  },
];

/**
 * The cues as one alternation, longest first. Cues sharing a leading lookbehind ("(?<=…)help",
 * "(?<=…)fund") are grouped under it once, so the engine tests the lookbehind once per position.
 */
function alternation(list: readonly string[]): string {
  const lead = /^\(\?<=[^)]*(?:\)[^)]*)*?\) \)/u;
  const groups = new Map<string, string[]>();
  const plain: string[] = [];
  for (const cue of list) {
    const m = lead.exec(cue);
    if (!m) plain.push(cue);
    else groups.set(m[0], [...(groups.get(m[0]) ?? []), cue.slice(m[0].length)]);
  }
  const longestFirst = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).join("|");
  const grouped = [...groups].map(([prefix, rest]) => `${prefix}(?:${longestFirst(rest)})`);
  return [...grouped, longestFirst(plain)].filter(Boolean).join("|");
}

function compile(source: string, cues: readonly string[]): RegExp {
  const body = source
    .replace("{S}", SLOT.replace("(", "(?<s>"))
    .replace("{O}", SLOT.replace("(", "(?<o>"))
    .replace("{G}", String.raw`§(?<g>\d+(?:\+\d+)+)`)
    .replace("{T}", `(?<t>${alternation(cues)})`);
  return new RegExp(body, "giu");
}

const triggers = new Map<string, RegExp>();
/** One trigger regex per cue list, shared by every template that uses the list. */
function triggerOf(list: readonly string[]): RegExp {
  const key = list.join("\u0000");
  let re = triggers.get(key);
  if (!re) {
    re = new RegExp(`(?:${alternation(list)})`, "iu");
    triggers.set(key, re);
    const anchors = list.map(anchorsOf);
    if (anchors.every((a) => a !== null)) TRIGGER_ANCHORS.set(re, [...new Set(anchors.flat())]);
  }
  return re;
}

/**
 * For a trigger every match of which starts with one of a few lower-case ASCII strings, those
 * strings: the trigger can then be tried only where they occur (see triggers.ts).
 */
export const TRIGGER_ANCHORS = new Map<RegExp, readonly string[]>();

/** Characters that stand for themselves in a cue (outside a class). */
const LITERAL_RUN = /^[^\\()[\]{}|^$.*+?\u0080-\uffff]+/u;

/**
 * What every match of `cue` starts with, after a leading lookbehind: "help" for "(?<=…) help(?!…)",
 * "at war with" for "at war with", each word of "(?:took|taken) …"; null when a match could
 * start otherwise ("[Tt]he …", "(?:the )?…") or with a single character.
 */
function anchorsOf(cue: string): string[] | null {
  let rest = cue;
  if (rest.startsWith("(?<=") || rest.startsWith("(?<!")) {
    const close = closingParen(rest);
    if (close < 0) return null;
    rest = rest.slice(close + 1);
  }
  if (closingParen(`(${rest})`) !== rest.length + 1 || hasTopLevelBar(rest)) return null;
  const group = /^\(\?:([^\\()[\]{}^$.*+?\u0080-\uffff]+)\)(?![?*{])/u.exec(rest);
  if (group) {
    const words = (group[1] as string).split("|");
    return words.every((w) => w.length >= 2) ? words.map((w) => w.toLowerCase()) : null;
  }
  const run = LITERAL_RUN.exec(rest)?.[0] ?? "";
  // A quantifier after the run makes its last character optional: "attacks?".
  const sure = /^[?*{]/u.test(rest.slice(run.length)) ? run.slice(0, -1) : run;
  return sure.length >= 2 ? [sure.toLowerCase()] : null;
}

/** Index of the parenthesis closing the group that opens `s`, or -1. */
function closingParen(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") i++;
    else if (c === "[") {
      i = classEnd(s, i);
      if (i < 0) return -1;
    } else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

function classEnd(s: string, open: number): number {
  for (let i = open + 1; i < s.length; i++) {
    if (s[i] === "\\") i++;
    else if (s[i] === "]") return i;
  }
  return -1;
}

/** Whether `s` is itself an alternation ("a|b" outside any group). */
function hasTopLevelBar(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") i++;
    else if (c === "[") i = classEnd(s, i);
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
    if (i < 0) return true;
  }
  return false;
}

/**
 * The plain word each cue starts with, after a leading lookbehind ("(?<=…)help" → "help",
 * "rall(?:y|ied)" → "rall"), or the words of a leading alternation ("(?:took|taken) …"); null
 * when some cue starts otherwise.
 */
function leadingWords(list: readonly string[]): string[] | null {
  const words = new Set<string>();
  for (const cue of list) {
    // A leading lookbehind ("(?<=\b(?:to|would) )support", "(?<!prime )minister") is skipped.
    const m = /^(?:\(\?<[=!](?:[^()]|\([^()]*\))*\))?([a-z'`-]{3,})/iu.exec(cue);
    // "(?:took|taken|swore) …": each alternative is a word to look for.
    const alternatives = /^\(\?:([a-z|]+)\)/iu.exec(cue)?.[1]?.split("|");
    if (m?.[1]) words.add(m[1].toLowerCase());
    else if (alternatives?.every((a) => a.length >= 2)) for (const a of alternatives) words.add(a.toLowerCase());
    else return null;
  }
  return [...words];
}

/** Every pattern for every relation type, built once. */
export const PATTERNS: readonly Pattern[] = RELATION_TYPES.flatMap((type) => {
  const cues = RELATION_CUES[type];
  if (!cues) return [];
  return TEMPLATES.flatMap((t) => {
    // Pairwise templates relate a group's members to each other: only for symmetric relations.
    if (t.pairwise && !SYMMETRIC_TYPES.has(type)) return [];
    const list = (cues[t.cue] ?? []).filter((c) => !t.cueFilter || t.cueFilter.test(c));
    if (!list.length) return [];
    return [
      {
        name: `${type}:${t.name}`,
        type,
        regex: compile(t.source, list),
        trigger: triggerOf(list),
        triggerWords: leadingWords(list),
        pairwise: t.pairwise === true,
        subject: t.subject ?? "slot",
        objectFromContext: t.objectFromContext,
        subjectText: t.subjectText,
        negates: t.negates === true,
        // {S}, {O}, {G} and named slots written out ("§(?<o2>…)"); a lower bound, as unnamed
        // slots ("§[\d+]+") may be optional
        requires: t.requires,
        slots: (t.source.match(/\{[SOG]\}|§\(\?</gu) ?? []).length,
      },
    ];
  });
});
