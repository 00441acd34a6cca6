/**
 * Command-line arguments to the list of documents to read: files as given, folders walked for
 * their files (in name order, dotfiles skipped), URLs passed through. A path that cannot be used
 * becomes an error in the result and the rest of the batch goes on.
 */
import { readdir, stat } from "node:fs/promises";
import { join, sep } from "node:path";
import type { LinkageError } from "../errors.js";
import { isUrl } from "./fetch-url.js";
import { checkRegularFile, fileError, statOrThrow } from "./read-file.js";

/** The documents to read, in order, and the paths that could not be used. */
export interface ExpandedInputs {
  inputs: string[];
  errors: LinkageError[];
}

/** Expand files, folders and URLs into a list of documents to read. */
export async function expandInputs(paths: string[]): Promise<ExpandedInputs> {
  const inputs: string[] = [];
  const errors: LinkageError[] = [];
  for (const path of paths) {
    if (isUrl(path)) {
      inputs.push(path);
      continue;
    }
    try {
      const info = await statOrThrow(path);
      if (info.isDirectory()) inputs.push(...(await walk(path, errors)));
      else inputs.push(path);
    } catch (err) {
      errors.push(err as LinkageError);
    }
  }
  return { inputs, errors };
}

// The files under `root`, without recursion, sorted so that a folder's files and subfolders
// come in name order: "a/x.txt", "a/y/z.txt", "b.txt".
async function walk(root: string, errors: LinkageError[]): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>(); // device:inode of folders walked, against symlink loops
  const pending = [root];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    let names: string[];
    try {
      const info = await stat(dir);
      const id = `${info.dev}:${info.ino}`;
      if (seen.has(id)) continue;
      seen.add(id);
      names = await readdir(dir);
    } catch (err) {
      errors.push(fileError(err, dir));
      continue;
    }
    for (const name of names) {
      if (name.startsWith(".")) continue;
      const path = join(dir, name);
      try {
        const info = await statOrThrow(path);
        if (info.isDirectory()) pending.push(path);
        else {
          checkRegularFile(info, path);
          files.push(path);
        }
      } catch (err) {
        errors.push(err as LinkageError);
      }
    }
  }
  return files.sort(byPathSegments);
}

function byPathSegments(a: string, b: string): number {
  const as = a.split(sep);
  const bs = b.split(sep);
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    if (as[i] !== bs[i]) return as[i] < bs[i] ? -1 : 1;
  }
  return as.length - bs.length;
}
