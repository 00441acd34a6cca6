/**
 * Aliases the text itself defines, right after a name:
 *   "Islamic Jihad Union (IJU)"                   — acronym in parentheses
 *   "Bureau of Services (Mektab al Khidmat, or MAK)" — alternative name and acronym
 *   "Muhammad Tahir “Faruq”"                      — nickname in quotes
 *   "Usama Asmurai, also known as Wali Khan"       — "also known as" / "aka" / "alias"
 * Each alias becomes a mention sharing the name's key, so clustering joins them.
 */
import type { Mention } from "../../types.js";
import { isAcronym } from "./phrases.js";

// "(IJU)", "(Mektab al Khidmat, or MAK)", "(al-Muqawama al-Islamiyya)"
const PARENTHESIS = /^["”’']?\s*\(([^()\n]{2,80})\)/u;
// "“Faruq”" or "\"Faruq\"" right after a person's name
const NICKNAME = /^\s*[“"]([\p{Lu}][\p{L}`'’ -]{1,30})[”"]/u;
// ", also known as Wali Khan" / ", aka X" / ", alias X"
const AKA = /^,?\s*(?:also known as|a\.k\.a\.|aka|alias|known as)\s+((?:[\p{Lu}`ʿ'‘][\p{L}`ʿ'’‘-]*\s?){1,5})/u;

const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/u;

let counter = 0;

/** Give `mention` a key when it has none, so aliases can share it. */
function keyOf(m: Mention): string {
  m.key ??= `alias:${++counter}`;
  return m.key;
}

export function aliasMentions(text: string, names: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of names) {
    if (m.kind !== "name") continue;
    const rest = text.slice(m.end, m.end + 120);
    const paren = PARENTHESIS.exec(rest);
    if (paren?.[1]) {
      const inner = paren[1];
      const innerStart = m.end + (paren.index ?? 0) + paren[0].indexOf(inner);
      for (const part of splitAlternatives(inner)) {
        if (!isAcronym(part.text) && !/^[\p{Lu}`ʿ'‘]/u.test(part.text)) continue;
        if (/^\d/.test(part.text) || part.text.split(/\s+/).length > 6) continue;
        // "(December 1979 – February 1989)", "(born 1957)": dates are no names.
        if (/\d{3,4}/u.test(part.text) || MONTH.test(part.text)) continue;
        out.push(
          aliasOf(m, innerStart + part.offset, part.text, isAcronym(part.text) ? "acronym" : "name", "parenthesis"),
        );
      }
    }
    if (m.type === "person") {
      const nick = NICKNAME.exec(rest);
      if (nick?.[1]) out.push(aliasOf(m, m.end + nick[0].indexOf(nick[1]), nick[1], "name", "nickname"));
    }
    const aka = AKA.exec(rest);
    if (aka?.[1]) out.push(aliasOf(m, m.end + aka[0].indexOf(aka[1]), aka[1].trim(), "name", "also-known-as"));
  }
  return out;
}

function aliasOf(m: Mention, start: number, aliasText: string, kind: Mention["kind"], source: string): Mention {
  return { start, end: start + aliasText.length, text: aliasText, type: m.type, kind, source, key: keyOf(m) };
}

/** "Mektab al Khidmat, or MAK" → two alternatives with their offsets inside the parenthesis. */
function splitAlternatives(inner: string): { text: string; offset: number }[] {
  const parts: { text: string; offset: number }[] = [];
  let from = 0;
  for (const piece of inner.split(/,|;|\bor\b/u)) {
    const t = piece.trim().replace(/^(?:also|aka|or)\s+/u, "");
    const offset = inner.indexOf(t, from);
    if (t && offset >= 0) {
      parts.push({ text: t, offset });
      from = offset + t.length;
    }
  }
  return parts;
}
