import { mkdir, open, statfs, unlink } from "node:fs/promises";
import { join } from "node:path";
import { LinkageError } from "../../errors.js";

const MB = 1024 * 1024;
/**
 * Free space a store needs to open: PostgreSQL may start a new 16 MB write-ahead log segment at
 * start-up, and a new store writes about 40 MB of system catalogs. Below this PGlite fails with
 * "failed to initialize properly", or never settles at all, so the folder is checked first.
 */
const NEEDED_EXISTING = 32 * MB;
const NEEDED_NEW = 64 * MB;

/**
 * Make sure `dir` exists, can be written, and has room for PGlite to start, so that an unusable
 * folder gets a clear error before PGlite touches it. Running out of space later is reported by
 * the database itself ("could not extend file …: No space left on device") and rolls back.
 * @throws LinkageError STORE_FAILED saying what is wrong with the folder.
 */
export async function checkStoreFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw folderError("cannot create the store folder", err);
  }
  // A real write: access(W_OK) says yes to root on a read-only file system's folder.
  const probe = join(dir, `.linkage-write-check-${process.pid}`);
  try {
    const handle = await open(probe, "w");
    await handle.close();
    await unlink(probe);
  } catch (err) {
    throw folderError("cannot write in the store folder", err);
  }
  const isNew = !(await exists(join(dir, "PG_VERSION")));
  const needed = isNew ? NEEDED_NEW : NEEDED_EXISTING;
  const fs = await statfs(dir);
  const free = fs.bavail * fs.bsize;
  if (free < needed) {
    throw new LinkageError(
      "STORE_FAILED",
      `not enough free space: expected at least ${needed / MB} MB free on the store's disk, found ${(free / MB).toFixed(1)} MB`,
    );
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await (await open(path, "r")).close();
    return true;
  } catch {
    // Absent or unreadable: either way not a store PGlite can reopen.
    return false;
  }
}

const REASONS: Readonly<Record<string, string>> = {
  EROFS: "read-only file system",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  ENOTDIR: "a file is in the way",
};

function folderError(what: string, err: unknown): LinkageError {
  const code = (err as NodeJS.ErrnoException | null)?.code ?? "";
  const reason = REASONS[code] ?? (err instanceof Error ? err.message : String(err));
  return new LinkageError("STORE_FAILED", `${what}: ${reason}`, null, { cause: err });
}
