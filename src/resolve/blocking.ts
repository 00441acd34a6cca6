/**
 * Blocking keys: only names that share a key are compared, so clustering thousands of names (or
 * finding an entity's candidates among a store's actors) stays near-linear instead of comparing
 * every pair. A key is cheap and generous; compareNames decides.
 */
import type { NameForm } from "./name-form.js";

/**
 * Keys of a name:
 * - "w:" the consonant skeleton of each telling word (not a common given name, nisba or generic
 *   organization word): "Usama bin Ladin" and "Osama bin Laden" share "w:ldn";
 * - "n:" the skeletons of all words, for names made only of common words ("Muhammad Omar");
 * - "j:" the skeleton of the words run together, for compounds ("Hizb Allah" / "Hizballah");
 * - "a:" an acronym's letters, and the initials of a name an acronym may stand for;
 * - "g:" the gazetteer entries the name is identified with.
 */
export function blockingKeys(form: NameForm, gazetteerIds: readonly string[] = []): string[] {
  const keys = new Set<string>();
  for (const w of form.words) {
    if (!w.common && !w.generic && w.skeleton.length >= 2) keys.add(`w:${w.skeleton}`);
  }
  if (keys.size === 0 && form.words.length > 0) keys.add(`n:${form.words.map((w) => w.skeleton).join(".")}`);
  if (form.joined.skeleton.length >= 3) keys.add(`j:${form.joined.skeleton}`);
  if (form.acronym) keys.add(`a:${form.acronym}`);
  if (form.shape !== "person")
    for (const initials of form.initials) if (initials.length >= 2) keys.add(`a:${initials}`);
  for (const id of gazetteerIds) keys.add(`g:${id}`);
  return [...keys];
}
