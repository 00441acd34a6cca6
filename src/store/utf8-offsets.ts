/**
 * UTF-16 offsets (what JavaScript counts) as UTF-8 byte offsets (what a byte substring of the
 * stored text counts). Reading evidence by byte offset costs the same wherever the sentence sits
 * in the document; by character offset, the database walks the text from its start each time.
 */
export function toUtf8Offsets(text: string, offsets: readonly number[]): number[] {
  // ASCII only: bytes and code units coincide, the usual case for English reports.
  if (!/[\u0080-\uffff]/.test(text)) return [...offsets];
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const map = new Map<number, number>();
  let unit = 0;
  let bytes = 0;
  for (const target of sorted) {
    while (unit < target) {
      const code = text.charCodeAt(unit);
      const pair = isHigh(code) && unit + 1 < text.length && isLow(text.charCodeAt(unit + 1));
      // A pair straddling the target counts as after it: the offset then points at its start.
      if (pair && unit + 1 === target) break;
      // Lone surrogates are stored as U+FFFD, three bytes like the rest of the BMP above U+07FF.
      bytes += pair ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
      unit += pair ? 2 : 1;
    }
    map.set(target, bytes);
  }
  return offsets.map((o) => map.get(o) ?? o);
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
