/**
 * Small, distinct documents made from a template, each with at least one relation the pipeline
 * finds, so a document stored without its assertions would show.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

const NAMES = ["Harun", "Nasir", "Tawhid", "Karim", "Safa", "Badr", "Qamar", "Zahir", "Rashid", "Fajr", "Nur", "Hilal"];
const GROUPS = ["Brigade", "Front", "Army", "Battalion", "Movement"];

/** Write `count` documents doc-000.txt … into `dir`; returns their paths. */
export async function writeSyntheticDocs(dir: string, count: number, sentencesEach = 3): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(dir, `doc-${String(i).padStart(3, "0")}.txt`);
    await writeFile(path, syntheticText(i, sentencesEach));
    paths.push(path);
  }
  return paths;
}

/** The text of document `i`; different for every `i`. */
export function syntheticText(i: number, sentences = 3): string {
  const pick = (n: number, list: readonly string[]) => list[n % list.length];
  const lines = [`Report ${i}.`];
  for (let s = 0; s < sentences; s++) {
    const k = i * 7 + s * 3;
    const a = `${pick(k, NAMES)} ${pick(k + s, GROUPS)}`;
    const b = `${pick(k + 5, NAMES)} ${pick(k + 2, GROUPS)}`;
    const year = 1990 + ((i + s) % 30);
    lines.push(`In ${year} the ${a} pledged allegiance to the ${b}.`);
    lines.push(`Two years later the ${a} fought the ${pick(k + 9, NAMES)} Army near the river.`);
  }
  return `${lines.join(" ")}\n`;
}
