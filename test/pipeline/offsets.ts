import { expect } from 'vitest';
import type { Analysis } from '../../src/schema/analysis';
import type { Span } from '../../src/schema/diff';
import type { Report } from '../../src/schema/report';

const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** Whether `at` is a valid boundary in `text`: inside it and not between the halves of a surrogate pair. */
export function isBoundary(text: string, at: number): boolean {
  if (!Number.isInteger(at) || at < 0 || at > text.length) return false;
  return !(at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at)));
}

/** Checks that `[start, end)` is an ordered span of `text` whose ends are boundaries. */
export function expectSpan(text: string, span: Span | readonly [number, number] | null | undefined, what: string): void {
  if (span === null || span === undefined) return;
  const [s, e] = span;
  // Checked before calling expect, which is slow when called for every token of every run.
  if (!(isBoundary(text, s) && isBoundary(text, e) && s <= e)) expect.fail(`${what}: [${s}, ${e}) is not a span on boundaries of a text of ${text.length}`);
}

/**
 * Every offset of an analysis lies in the text it refers to and never between the halves of a
 * surrogate pair: statements (and their text), speakers, cues, quoted pieces, segments, table
 * cells and issue spans; every report given is listed.
 */
export function expectValidOffsets(analysis: Analysis, reports: readonly Report[]): void {
  const texts = new Map<string, string>();
  for (const r of reports) if (!texts.has(r.id)) texts.set(r.id, r.text);
  expect(analysis.reports).toHaveLength(reports.length);
  const byId = new Map(analysis.statements.map((s) => [s.id, s]));
  for (const s of analysis.statements) {
    const text = texts.get(s.report) as string;
    expectSpan(text, [s.start, s.end], `statement ${s.id}`);
    if (s.text !== text.slice(s.start, s.end)) expect(s.text).toBe(text.slice(s.start, s.end));
    expectSpan(text, s.speaker && [s.speaker.start, s.speaker.end], `speaker of ${s.id}`);
    expectSpan(text, s.cue && [s.cue.start, s.cue.end], `cue of ${s.id}`);
    for (const q of s.quoted ?? []) expectSpan(text, q, `quoted piece of ${s.id}`);
  }
  for (const g of analysis.groups) {
    for (const c of g.comparisons ?? []) {
      const a = byId.get(c.a);
      const b = byId.get(c.b);
      for (const seg of c.segments) {
        expectSpan(texts.get(a?.report ?? '') ?? '', seg.a, `segment of ${c.a}`);
        expectSpan(texts.get(b?.report ?? '') ?? '', seg.b, `segment of ${c.b}`);
      }
    }
    for (const row of g.table?.rows ?? []) {
      const text = texts.get(byId.get(row.statement)?.report ?? '') ?? '';
      for (const cell of row.cells) expectSpan(text, cell?.span, `table cell of ${row.statement}`);
    }
  }
  for (const r of analysis.reports) for (const issue of r.issues ?? []) expectSpan(texts.get(r.id) ?? '', issue.span, `issue ${issue.code}`);
}
