/**
 * A PGlite store on a file system that turns read-only, or fills up: `linkage ingest` says what
 * is wrong and where, exits non-zero, and the store keeps every document it had, readable and
 * whole, once the disk is usable again. The file systems are small tmpfs mounts, so this needs
 * root (as in CI); elsewhere it is reported as skipped.
 */
import { execFileSync } from "node:child_process";
import { statfsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltCli, buildCli } from "../helpers/built-cli.js";
import { syntheticText } from "../helpers/synthetic-docs.js";

/** Whether this process may mount a tmpfs (root, and a kernel that lets it). */
function canMount(): boolean {
  if (process.platform !== "linux" || process.getuid?.() !== 0) return false;
  let dir: string | null = null;
  try {
    dir = execFileSync("mktemp", ["-d"], { encoding: "utf8" }).trim();
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", dir], { stdio: "ignore" });
    execFileSync("umount", [dir], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  } finally {
    if (dir) execFileSync("rmdir", [dir]);
  }
}

const mount = (dir: string, size: string) => execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir]);
const remount = (dir: string, mode: "ro" | "rw") => execFileSync("mount", ["-o", `remount,${mode}`, dir]);
const umount = (dir: string) => execFileSync("umount", [dir]);

describe.skipIf(!canMount())("a store folder that cannot be written", () => {
  let cli: BuiltCli;
  let dir: string;
  let disk: string;
  let docs: string;
  let mounted = false;

  beforeAll(async () => {
    cli = await buildCli("store-folder");
    dir = await mkdtemp(join(tmpdir(), "linkage-store-folder-"));
    disk = join(dir, "disk");
    docs = join(dir, "docs");
    execFileSync("mkdir", ["-p", disk, docs]);
    for (let i = 0; i < 3; i++) await writeFile(join(docs, `doc-${i}.txt`), syntheticText(i, 4));
  }, 300_000);
  afterAll(async () => {
    if (mounted) umount(disk);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const documents = async (db: string) => {
    const listed = await cli.run(["documents", "--db", db, "--format", "json"]);
    expect(listed.code, listed.stderr).toBe(0);
    return JSON.parse(listed.stdout) as { source: string }[];
  };

  it("refuses to ingest into a read-only file system, naming it, and keeps what was stored", async () => {
    mount(disk, "200m");
    mounted = true;
    const db = join(disk, "store");
    expect((await cli.run(["ingest", "--db", db, join(docs, "doc-0.txt")])).code).toBe(0);
    remount(disk, "ro");
    const refused = await cli.run(["ingest", "--db", db, join(docs, "doc-1.txt")]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(db);
    expect(refused.stderr).toMatch(/read-only file system/);
    remount(disk, "rw");
    expect((await documents(db)).map((d) => d.source)).toEqual([join(docs, "doc-0.txt")]);
    umount(disk);
    mounted = false;
  }, 300_000);

  it("reports a full disk clearly, loses nothing, and goes on once there is room", async () => {
    mount(disk, "200m");
    mounted = true;
    const db = join(disk, "store");
    expect((await cli.run(["ingest", "--db", db, join(docs, "doc-0.txt")])).code).toBe(0);
    // Fill the disk but for a few hundred kilobytes: the next write of any size fails.
    const { bavail, bsize } = statfsSync(disk);
    const filler = join(disk, "filler");
    await writeFile(filler, Buffer.alloc(Math.max(0, bavail * bsize - 300 * 1024)));
    const big = join(docs, "big.txt");
    await writeFile(big, Array.from({ length: 400 }, (_, i) => syntheticText(100 + i, 6)).join("\n\n"));
    const refused = await cli.run(["ingest", "--db", db, big]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/space|ENOSPC/i);
    await rm(filler);
    expect((await documents(db)).map((d) => d.source)).toEqual([join(docs, "doc-0.txt")]);
    const again = await cli.run(["ingest", "--db", db, join(docs, "doc-1.txt")]);
    expect(again.code, again.stderr).toBe(0);
    expect(await documents(db)).toHaveLength(2);
    umount(disk);
    mounted = false;
  }, 300_000);
});
