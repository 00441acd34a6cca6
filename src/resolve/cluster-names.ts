/**
 * Grouping a list of names into clusters, one per actor, with the matcher ingest uses.
 *
 * 1. Identical spellings, and names the gazetteer identifies with one entry, are joined outright.
 * 2. Names sharing a blocking key are compared (compareNames); pairs judged "same" become
 *    links, strongest first.
 * 3. A link joins two clusters only if no name of one contradicts a name of the other
 *    ("different", or identified with another gazetteer entry). This keeps a short name shared
 *    by two people ("al-Libi", "Bin Ladin") from chaining them into one cluster.
 */
import { blockingKeys } from "./blocking.js";
import { compareNames } from "./compare-names.js";
import { gazetteerIds } from "./gazetteer-links.js";
import { type NameForm, parseName } from "./name-form.js";
import { UnionFind } from "./union-find.js";

/** Blocks larger than this are skipped: their key is too common to tell names apart. */
const MAX_BLOCK = 400;
/**
 * In blocks larger than this, two names are compared only if they share a second key or one of
 * them has no other: "Abu Hamza al-Masri" need not meet every other "…al-Masri".
 */
const LARGE_BLOCK = 60;

export interface ClusterOptions {
  /** Use the gazetteer of real actors when present (default true). */
  gazetteer?: boolean;
}

/** Clusters of `names`; every input appears exactly once, clusters in order of first appearance. */
export function clusterNames(names: readonly string[], opts: ClusterOptions = {}): string[][] {
  const distinct = [...new Set(names)];
  const forms = distinct.map(parseName);
  const gz = forms.map((f) => (opts.gazetteer === false ? [] : gazetteerIds(f)));
  const sets = new UnionFind(distinct.length);
  joinIdentical(forms, gz, sets);

  const pairs = candidatePairs(forms, gz);
  const verdicts = new Map<number, ReturnType<typeof compareNames>>();
  const compare = (i: number, j: number) => {
    const key = i < j ? i * distinct.length + j : j * distinct.length + i;
    let v = verdicts.get(key);
    if (!v) {
      v = compareNames(forms[i], forms[j]);
      verdicts.set(key, v);
    }
    return v;
  };
  const links: [score: number, i: number, j: number, byAcronym: boolean][] = [];
  for (const [i, j] of pairs) {
    const v = compare(i, j);
    if (v.verdict === "same") links.push([v.score, i, j, v.reason === "acronym"]);
  }
  links.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  for (const [, i, j, byAcronym] of links) {
    const a = sets.find(i);
    const b = sets.find(j);
    if (a === b || contradicts(sets.members(a), sets.members(b), gz, compare)) continue;
    // An acronym may join a name's cluster, but not bridge two clusters of full names: "HUM" is
    // Harakat ul-Mujahidin's and would also fit Hizb-ul-Mujahideen.
    const named = (root: number) => sets.members(root).some((m) => !forms[m].acronym);
    if (byAcronym && named(a) && named(b)) continue;
    sets.union(a, b);
  }

  const byRoot = new Map<number, string[]>();
  const indexOf = new Map(distinct.map((n, i) => [n, i]));
  for (const name of names) {
    const root = sets.find(indexOf.get(name) as number);
    const cluster = byRoot.get(root);
    if (cluster) cluster.push(name);
    else byRoot.set(root, [name]);
  }
  return [...byRoot.values()];
}

/** Same folded spelling, or one and the same gazetteer entry. */
function joinIdentical(forms: NameForm[], gz: string[][], sets: UnionFind): void {
  const first = new Map<string, number>();
  forms.forEach((f, i) => {
    const keys = [`f:${f.folded}`, ...(gz[i].length === 1 ? [`g:${gz[i][0]}`] : [])];
    for (const key of keys) {
      const j = first.get(key);
      if (j === undefined) first.set(key, i);
      else sets.union(i, j);
    }
  });
}

/** Index pairs sharing a blocking key, each once; acronym keys pair acronyms with full names only. */
function candidatePairs(forms: NameForm[], gz: string[][]): [number, number][] {
  const blocks = new Map<string, number[]>();
  const keysOf = forms.map((f, i) => blockingKeys(f, gz[i]));
  keysOf.forEach((keys, i) => {
    for (const key of keys) {
      const block = blocks.get(key);
      if (block) block.push(i);
      else blocks.set(key, [i]);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [key, members] of blocks) {
    if (members.length < 2 || members.length > MAX_BLOCK) continue;
    const acronymKey = key.startsWith("a:");
    const large = members.length > LARGE_BLOCK;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [i, j] = [members[x], members[y]];
        if (acronymKey && !forms[i].acronym === !forms[j].acronym) continue;
        if (large && !shareAnother(keysOf[i], keysOf[j], key)) continue;
        const id = i * forms.length + j;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([i, j]);
      }
    }
  }
  return pairs;
}

function shareAnother(a: readonly string[], b: readonly string[], key: string): boolean {
  if (a.length === 1 || b.length === 1) return true;
  return a.some((k) => k !== key && b.includes(k));
}

function contradicts(
  xs: readonly number[],
  ys: readonly number[],
  gz: string[][],
  compare: (i: number, j: number) => ReturnType<typeof compareNames>,
): boolean {
  for (const x of xs) {
    for (const y of ys) {
      const [gx, gy] = [gz[x], gz[y]];
      if (gx.length === 1 && gy.length === 1) {
        if (gx[0] !== gy[0]) return true;
        continue; // the gazetteer says they are one: their spellings cannot overrule it
      }
      if (compare(x, y).verdict === "different") return true;
    }
  }
  return false;
}
