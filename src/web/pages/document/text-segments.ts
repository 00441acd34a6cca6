/**
 * A document's text cut into stretches that are each inside the same mentions and evidence
 * spans, so the reader can mark them without ever turning text into markup. Offsets are UTF-16
 * code units, as the API gives them and as JavaScript strings count.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Segment<M extends Span, E extends Span> extends Span {
  text: string;
  /** Mentions covering the whole segment, outermost first. */
  mentions: M[];
  /** Evidence spans covering the whole segment. */
  evidence: E[];
}

/** Cut `text` at every span boundary; spans outside the text are clipped or dropped. */
export function segments<M extends Span, E extends Span>(
  text: string,
  mentions: readonly M[],
  evidence: readonly E[],
): Segment<M, E>[] {
  const clip = <S extends Span>(spans: readonly S[]) =>
    spans.filter((s) => s.start < s.end && s.end > 0 && s.start < text.length);
  const ms = clip(mentions);
  const es = clip(evidence);
  const cuts = new Set<number>([0, text.length]);
  for (const s of [...ms, ...es]) {
    cuts.add(Math.max(0, s.start));
    cuts.add(Math.min(text.length, s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Spans sorted by start let each segment look only at spans that have begun and not ended.
  const byStart = <S extends Span>(spans: S[]) => [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const pendingM = byStart(ms);
  const pendingE = byStart(es);
  let activeM: M[] = [];
  let activeE: E[] = [];
  const out: Segment<M, E>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    while (pendingM.length && pendingM[0].start <= start) activeM.push(pendingM.shift() as M);
    while (pendingE.length && pendingE[0].start <= start) activeE.push(pendingE.shift() as E);
    activeM = activeM.filter((s) => s.end > start);
    activeE = activeE.filter((s) => s.end > start);
    out.push({ start, end, text: text.slice(start, end), mentions: [...activeM], evidence: [...activeE] });
  }
  return out;
}
