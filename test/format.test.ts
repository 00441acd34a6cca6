import { describe, expect, it } from "vitest";
import { formatCsv, formatJson, formatListing, formatTable } from "../src/format/index.js";

describe("formatCsv", () => {
  it("quotes fields with commas, quotes, CR or LF and doubles their quotes (RFC 4180)", () => {
    const rows = [
      { a: "plain", b: "one, two" },
      { a: 'he said "no"', b: "line\nbreak" },
      { a: "carriage\rreturn", b: null },
    ];
    expect(formatCsv(rows)).toBe(
      'a,b\r\nplain,"one, two"\r\n"he said ""no""","line\nbreak"\r\n"carriage\rreturn",\r\n',
    );
  });

  it("writes a header alone for no rows when columns are given", () => {
    expect(formatCsv([], ["id", "name"])).toBe("id,name\r\n");
  });
});

describe("formatTable", () => {
  it("aligns columns, right-aligns numbers, and leaves no trailing spaces", () => {
    const out = formatTable([
      { id: 1, name: "IMU" },
      { id: 12, name: "Islamic State" },
    ]);
    expect(out).toBe(["id  name", "--  -------------", " 1  IMU", "12  Islamic State", ""].join("\n"));
  });

  it("cuts long cells and flattens control characters that could rewrite the terminal", () => {
    const out = formatTable([{ text: `a\nb\u001b[31mred\u202Eevil${"x".repeat(100)}` }], { maxWidth: 20 });
    const line = out.split("\n")[2];
    expect(line).toHaveLength(20);
    expect(line.endsWith("…")).toBe(true);
    expect([...line].filter((ch) => ch < " " || ch === "\u202e")).toEqual([]);
  });

  it("prints the header for no rows", () => {
    expect(formatTable([], { columns: ["id", "name"] })).toBe("id  name\n--  ----\n");
  });
});

describe("formatListing", () => {
  const listing = {
    records: [{ n: { deep: 1 } }],
    toRow: (r: { n: { deep: number } }) => ({ deep: r.n.deep }),
    columns: ["deep"],
  };

  it("keeps the records' own shape in JSON and flattens them for table and CSV", () => {
    expect(JSON.parse(formatListing("json", listing))).toEqual([{ n: { deep: 1 } }]);
    expect(formatListing("csv", listing)).toBe("deep\r\n1\r\n");
    expect(formatListing("table", listing)).toBe("deep\n----\n   1\n");
  });

  it("pretty-prints JSON", () => {
    expect(formatJson([1])).toBe("[\n  1\n]\n");
  });
});
