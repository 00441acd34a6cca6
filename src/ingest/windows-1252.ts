/**
 * Windows-1252, decoded here rather than with TextDecoder: Node 20.18.3 and later 20.x releases
 * decode "windows-1252" as ISO-8859-1, so 0x93/0x94 come out as C1 control characters instead of
 * curly quotes (nodejs/node#56542, #60888). Windows-1252 is ISO-8859-1 except for 0x80–0x9F,
 * which this table maps as the WHATWG Encoding Standard does.
 */

/** Unicode code points for bytes 0x80–0x9F (0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned). */
const HIGH_CONTROLS = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];
const C1_RANGE = /[\u0080-\u009f]/g;

/** Decode Windows-1252 bytes; every byte has a meaning, so this never fails. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(C1_RANGE, (c) => String.fromCharCode(HIGH_CONTROLS[c.charCodeAt(0) - 0x80]));
}

/** True when `label` names Windows-1252 (or one of its aliases: latin1, iso-8859-1, ascii…). */
export function isWindows1252Label(label: string): boolean {
  try {
    return new TextDecoder(label).encoding === "windows-1252";
  } catch {
    // An unknown label is not Windows-1252.
    return false;
  }
}
