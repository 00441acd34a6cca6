/**
 * Files read from disk within the size limit. The size is checked with stat before anything is
 * read, and the read itself stops one byte past the limit, so a file that grows meanwhile (or
 * a /proc file that reports size 0) cannot make linkage buffer more than it allows.
 */
import type { Stats } from "node:fs";
import { open, stat } from "node:fs/promises";
import { LinkageError } from "../errors.js";

const GROWTH_CHUNK = 64 * 1024;

/**
 * The bytes of the regular file at `path`.
 * @throws LinkageError INPUT_NOT_FOUND, INPUT_UNREADABLE (a directory, device, pipe, or no
 *   permission) or INPUT_TOO_LARGE.
 */
export async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  // stat, not open, comes first: opening a named pipe blocks until someone writes to it.
  const info = await statOrThrow(path);
  checkRegularFile(info, path);
  if (info.size > maxBytes) throw tooLarge(path, maxBytes, `${info.size} bytes`);
  try {
    const handle = await open(path, "r");
    try {
      // One read for a file whose size stat told the truth about; more if it has grown since.
      const chunks: Buffer[] = [];
      let total = 0;
      for (let want = info.size + 1; total <= maxBytes; want = GROWTH_CHUNK) {
        const chunk = Buffer.alloc(Math.min(want, maxBytes + 1 - total));
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        chunks.push(chunk.subarray(0, bytesRead));
        total += bytesRead;
      }
      if (total > maxBytes) throw tooLarge(path, maxBytes, "more (the file grew while being read)");
      return Buffer.concat(chunks, total);
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw err instanceof LinkageError ? err : fileError(err, path);
  }
}

/** stat `path`, following symlinks, with failures as LinkageErrors naming it. */
export async function statOrThrow(path: string): Promise<Stats> {
  try {
    return await stat(path);
  } catch (err) {
    throw fileError(err, path);
  }
}

/** Refuse anything that is not a regular file, saying what it is instead. */
export function checkRegularFile(info: Stats, path: string): void {
  if (info.isFile()) return;
  const found = info.isDirectory()
    ? "a directory"
    : info.isFIFO()
      ? "a named pipe"
      : info.isSocket()
        ? "a socket"
        : "a device";
  throw new LinkageError("INPUT_UNREADABLE", `expected a file, found ${found}`, path);
}

/** A file system error as the LinkageError a user can act on. */
export function fileError(err: unknown, path: string): LinkageError {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOENT" || code === "ENOTDIR")
    return new LinkageError("INPUT_NOT_FOUND", "no such file or directory", path, { cause: err });
  if (code === "EACCES" || code === "EPERM")
    return new LinkageError("INPUT_UNREADABLE", "permission denied", path, { cause: err });
  const message = err instanceof Error ? err.message : String(err);
  return new LinkageError("INPUT_UNREADABLE", `could not read: ${message}`, path, { cause: err });
}

/** The error for an input past the size limit: "expected at most 1000 bytes, found 2048 bytes". */
export function tooLarge(input: string, maxBytes: number, found: string): LinkageError {
  return new LinkageError("INPUT_TOO_LARGE", `expected at most ${maxBytes} bytes, found ${found}`, input);
}
