import { describe, expect, it } from "vitest";
import { segments } from "./text-segments";

describe("segments", () => {
  it("cuts the text where mentions and evidence begin and end, and covers all of it", () => {
    const text = "The IMU pledged to the Islamic State. Then nothing.";
    const imu = { start: 4, end: 7, id: "imu" };
    const is = { start: 23, end: 36, id: "is" };
    const sentence = { start: 0, end: 37, id: 1 };
    const out = segments(text, [imu, is], [sentence]);
    expect(out.map((s) => s.text).join("")).toBe(text);
    expect(out.find((s) => s.text === "IMU")).toMatchObject({ mentions: [imu], evidence: [sentence] });
    expect(out.find((s) => s.text === " Then nothing.")).toMatchObject({ mentions: [], evidence: [] });
  });

  it("keeps markup-looking text as text and drops spans outside it", () => {
    const text = "<script>x</script>";
    const out = segments(
      text,
      [
        { start: 0, end: 8 },
        { start: 50, end: 60 },
      ],
      [],
    );
    expect(out.map((s) => s.text)).toEqual(["<script>", "x</script>"]);
  });

  it("lets spans overlap", () => {
    const out = segments(
      "abcdef",
      [],
      [
        { start: 0, end: 4 },
        { start: 2, end: 6 },
      ],
    );
    expect(out.map((s) => [s.text, s.evidence.length])).toEqual([
      ["ab", 1],
      ["cd", 2],
      ["ef", 1],
    ]);
  });
});
