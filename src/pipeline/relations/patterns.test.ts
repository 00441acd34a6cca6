import { describe, expect, it } from "vitest";
import { RELATION_CUES } from "../../lexicon/relation-cues.js";
import { PATTERNS } from "./patterns.js";

describe("trigger words", () => {
  it("include a word of every plain cue, so the quick test never hides a match", () => {
    let checked = 0;
    for (const p of PATTERNS) {
      if (!p.triggerWords) continue;
      const lists = Object.values(RELATION_CUES[p.type] ?? {}) as string[][];
      for (const cue of lists.flat()) {
        // Plain cues only (letters, spaces, hyphens, quotes): their text is what a sentence holds.
        if (!/^[a-z' -]+$/iu.test(cue) || !p.trigger.test(cue)) continue;
        expect(
          p.triggerWords.some((w) => cue.toLowerCase().includes(w)),
          `${p.name}: "${cue}"`,
        ).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it("are found for most patterns", () => {
    const withWords = PATTERNS.filter((p) => p.triggerWords).length;
    expect(withWords / PATTERNS.length).toBeGreaterThan(0.8);
  });
});
