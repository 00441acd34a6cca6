/**
 * Writing an export where the user asked: standard output, a file, or (for CSV's two files) a
 * folder. Each file is written beside its destination under a temporary name and then renamed,
 * so an export that fails half-way leaves no half-written file behind.
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { LinkageError } from "../errors.js";

/** One output file: its name within the output folder, and its content. */
export interface ExportFile {
  name: string;
  content: string;
}

/**
 * Write `files` to `out`: one file to the path `out`, several into the folder `out` (created if
 * needed) under their own names; without `out`, one file to `stdout`.
 * @throws LinkageError BAD_ARGUMENT when several files have no folder to go to; INPUT_UNREADABLE
 *   naming the path that cannot be written.
 */
export async function writeExportFiles(
  files: readonly ExportFile[],
  out: string | undefined,
  stdout: NodeJS.WritableStream = process.stdout,
): Promise<string[]> {
  if (out === undefined) {
    if (files.length !== 1) {
      const names = files.map((f) => f.name).join(" and ");
      throw new LinkageError("BAD_ARGUMENT", `this format writes ${names}: give a folder with --out DIR`, "--out");
    }
    stdout.write(files[0].content);
    return [];
  }
  const targets = files.length === 1 ? [[out, files[0]] as const] : files.map((f) => [join(out, f.name), f] as const);
  if (files.length > 1) await mkdir(out, { recursive: true }).catch((err) => fail(err, out));
  for (const [path, file] of targets) await writeAtomically(path, file.content);
  return targets.map(([path]) => path);
}

async function writeAtomically(path: string, content: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, content, "utf8");
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    fail(err, path);
  }
}

function fail(err: unknown, path: string): never {
  const reason = (err as NodeJS.ErrnoException).code === "ENOENT" ? "no such folder" : String((err as Error).message);
  throw new LinkageError("INPUT_UNREADABLE", `cannot write the export: ${reason}`, path, { cause: err });
}
