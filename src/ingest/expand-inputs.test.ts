import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expandInputs } from "./expand-inputs.js";

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "linkage-expand-"));
  for (const path of ["b.txt", "a/y.md", "a/x.txt", "a/sub/z.html", ".hidden.txt", "a/.git/config", "c.pdf"]) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), "text");
  }
  // A folder linking back to its parent must not make the walk go round for ever.
  symlinkSync(root, join(root, "a", "loop"));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("expandInputs", () => {
  it("walks folders in name order, skipping dotfiles and dot-folders", async () => {
    const { inputs, errors } = await expandInputs([root]);
    expect(errors).toEqual([]);
    expect(inputs.map((path) => path.slice(root.length + 1))).toEqual([
      "a/sub/z.html",
      "a/x.txt",
      "a/y.md",
      "b.txt",
      "c.pdf",
    ]);
  });

  it("passes files and URLs through as given, in the order given", async () => {
    const file = join(root, "b.txt");
    const { inputs } = await expandInputs(["https://example.org/post", file, "http://example.org/x.pdf"]);
    expect(inputs).toEqual(["https://example.org/post", file, "http://example.org/x.pdf"]);
  });

  it("reports a missing path and goes on with the rest", async () => {
    const missing = join(root, "nope.txt");
    const { inputs, errors } = await expandInputs([missing, join(root, "b.txt")]);
    expect(inputs).toEqual([join(root, "b.txt")]);
    expect(errors).toEqual([expect.objectContaining({ code: "INPUT_NOT_FOUND", input: missing })]);
  });
});
