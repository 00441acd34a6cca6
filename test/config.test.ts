import { describe, expect, it } from "vitest";
import { DEFAULT_DB, loadConfig } from "../src/config.js";

describe("loadConfig", () => {
  it("takes flags first, then the environment, then defaults", () => {
    expect(loadConfig({}, {})).toMatchObject({ db: DEFAULT_DB, format: "table" });
    expect(loadConfig({}, { LINKAGE_DB: "/data", LINKAGE_FORMAT: "csv", LINKAGE_USER: "ana" })).toMatchObject({
      db: "/data",
      format: "csv",
      user: "ana",
    });
    expect(loadConfig({ db: "postgres://h/db", format: "json" }, { LINKAGE_DB: "/data" })).toMatchObject({
      db: "postgres://h/db",
      format: "json",
    });
  });

  it("names the flag, what it expects and what it found", () => {
    expect(() => loadConfig({ format: "xml" }, {})).toThrow(
      '--format / LINKAGE_FORMAT: expected one of table, json, csv, found "xml"',
    );
    expect(() => loadConfig({}, { LINKAGE_MAX_INPUT_BYTES: "lots" })).toThrow(/LINKAGE_MAX_INPUT_BYTES/);
  });

  it("freezes the result", () => {
    expect(Object.isFrozen(loadConfig({}, {}))).toBe(true);
  });
});
