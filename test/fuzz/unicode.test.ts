import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffClaims } from '../../src/compare/diff-claims';
import { extractStatementsWithIssues } from '../../src/extract/extract-statements';
import { analyze } from '../../src/pipeline/analyze';
import { splitSentences } from '../../src/text/sentences';
import { tokenize } from '../../src/text/tokenize';
import { expectSpan, expectValidOffsets } from '../pipeline/offsets';
import { hostileText } from './arbitraries';

// Random Unicode never throws and never gives an offset outside the text or between the two
// halves of a surrogate pair, at any stage. (Lossless tokenising is in test/text/tokenize.test.ts.)
describe('hostile Unicode', () => {
  it('tokenize: every token starts and ends on a boundary', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        for (const t of tokenize(text)) expectSpan(text, [t.start, t.end], `token ${JSON.stringify(t.text)}`);
      }),
      { numRuns: 300 },
    );
  });

  it('splitSentences: sentences lie in the text, in order, on boundaries', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        let last = 0;
        for (const s of splitSentences(text)) {
          expectSpan(text, [s.start, s.end], 'sentence');
          if (s.start < last) expect.fail(`sentence at ${s.start} starts before the end of the one before (${last})`);
          last = s.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('extractStatements: statements, speakers, cues and issue spans lie in the text', () => {
    fc.assert(
      fc.property(hostileText(40), (text) => {
        const r = extractStatementsWithIssues({ id: 'r', text });
        for (const s of r.statements) {
          expectSpan(text, [s.start, s.end], 'statement');
          if (s.text !== text.slice(s.start, s.end)) expect(s.text).toBe(text.slice(s.start, s.end));
          expectSpan(text, s.speaker && [s.speaker.start, s.speaker.end], 'speaker');
          expectSpan(text, s.cue && [s.cue.start, s.cue.end], 'cue');
          for (const q of s.quoted ?? []) expectSpan(text, q, 'quoted');
        }
        for (const i of r.issues) expectSpan(text, i.span, `issue ${i.code}`);
      }),
      { numRuns: 300 },
    );
  });

  it('diffClaims: segments lie in their texts, on boundaries', () => {
    fc.assert(
      fc.property(hostileText(12), hostileText(12), (a, b) => {
        const d = diffClaims(a, b);
        for (const s of d.segments) {
          expectSpan(a, s.a, 'segment in a');
          expectSpan(b, s.b, 'segment in b');
        }
      }),
      { numRuns: 120 },
    );
  });

  it('analyze: every offset of the analysis lies in its report, and every report is listed', () => {
    const report = fc.record({ id: fc.constantFrom('a', 'b', 'c', '𝒳', 'שלום'), text: hostileText(25) });
    fc.assert(
      fc.property(fc.array(report, { maxLength: 4 }), (reports) => {
        const analysis = analyze(reports, { maxGroupComparisons: 2 });
        expectValidOffsets(analysis, reports);
      }),
      { numRuns: 40 },
    );
  });
});
