import { describe, expect, it } from "vitest";
import { autoAnalyze } from "./pglite-analyze.js";

/** A stand-in for the database: tables of `bytes` size, and a log of the ANALYZEs run. */
function fakeDb(opts: { failAnalyze?: boolean } = {}) {
  const db = {
    bytes: 0,
    analyzed: 0,
    async run(sql: string) {
      if (sql === "ANALYZE") {
        if (opts.failAnalyze) throw new Error("out of memory");
        db.analyzed++;
        return [];
      }
      return [{ bytes: db.bytes }];
    },
  };
  return db;
}

const writes = async (stats: ReturnType<typeof autoAnalyze>, n: number) => {
  for (let i = 0; i < n; i++) await stats.afterWrite();
};

describe("statistics for PGlite", () => {
  it("gathers them once the tables have grown by a tenth since the last time", async () => {
    const db = fakeDb();
    db.bytes = 50_000_000;
    const stats = autoAnalyze(db.run);
    await stats.start();
    db.bytes = 54_000_000;
    await writes(stats, 20);
    expect(db.analyzed).toBe(0);
    db.bytes = 56_000_000;
    await writes(stats, 10);
    expect(db.analyzed).toBe(1);
    // The next one is a tenth beyond the new size, not the old.
    db.bytes = 60_000_000;
    await writes(stats, 10);
    expect(db.analyzed).toBe(1);
  });

  it("waits for half a megabyte of growth on a small store", async () => {
    const db = fakeDb();
    const stats = autoAnalyze(db.run);
    await stats.start();
    db.bytes = 400_000;
    await writes(stats, 10);
    expect(db.analyzed).toBe(0);
    db.bytes = 600_000;
    await writes(stats, 10);
    expect(db.analyzed).toBe(1);
  });

  it("does not report a committed write as failed when ANALYZE fails", async () => {
    const db = fakeDb({ failAnalyze: true });
    const stats = autoAnalyze(db.run);
    await stats.start();
    db.bytes = 10_000_000;
    await expect(writes(stats, 10)).resolves.toBeUndefined();
  });
});
