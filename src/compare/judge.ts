import * as z from 'zod';
import type { ClaimDiff, Relation, Segment } from '../schema/diff';
import { parseArgument } from '../schema/error';
import type { Issue } from '../schema/issue';
import { DiffAsyncOptionsSchema, type DiffAsyncOptions, type Judge, type JudgeVerdict } from '../schema/options';
import { compareValid } from './pair-core';

/** @default values of the judge options (see DiffAsyncOptionsSchema). */
const JUDGE_BELOW = 0.6;
const MAX_JUDGE_CALLS = 16;

const VerdictSchema = z.object({ relation: z.enum(['same', 'contradict', 'differ']), confidence: z.number().min(0).max(1) });

/** The judge's answer, or why it is unusable (an issue, never a crash: the rules' label stands). */
async function ask(judge: Judge, request: Parameters<Judge>[0], issues: Issue[]): Promise<JudgeVerdict | null> {
  try {
    const answer = await judge(request);
    if (answer === null || answer === undefined) return null;
    const parsed = VerdictSchema.safeParse(answer);
    if (parsed.success) return parsed.data;
    issues.push({ code: 'judge-failed', message: `the judge answered ${JSON.stringify(answer)}; expected { relation: "same" | "contradict" | "differ", confidence: 0–1 }` });
  } catch (error) {
    issues.push({ code: 'judge-failed', message: `the judge threw: ${error instanceof Error ? error.message : String(error)}` });
  }
  return null;
}

const withJudge = (s: Segment, confidence: number): Segment => ({
  ...s,
  reasons: s.reasons.includes('judge') ? s.reasons : [...s.reasons, 'judge'],
  confidence,
});

/** A segment relabelled by the judge; "differ" splits a replacement into removed and added. */
function judgedSegment(s: Segment, v: JudgeVerdict): Segment[] {
  if (v.relation === 'differ') {
    return [withJudge({ label: 'removed', a: s.a, b: null, reasons: [] }, v.confidence), withJudge({ label: 'added', a: null, b: s.b, reasons: [] }, v.confidence)];
  }
  const label = v.relation === 'contradict' ? 'contradict' : s.label === 'match' ? 'match' : 'paraphrase';
  return [withJudge({ ...s, label }, v.confidence)];
}

function judgedRelation(v: JudgeVerdict, segments: readonly Segment[]): Relation {
  if (v.relation === 'contradict') return 'contradict';
  if (v.relation === 'differ') return 'differ';
  return segments.every((s) => s.label === 'match') ? 'match' : 'paraphrase';
}

/**
 * `diffClaims` with an optional asynchronous `judge`: the rules run first; then each
 * two-sided segment (paraphrase or contradict) whose confidence is below `judgeBelow` is put
 * to the judge with its two sides and the whole texts as context, and then the pair verdict,
 * if its confidence is below `judgeBelow`. The judge's answers replace the rules' labels,
 * carry reason `judge` and the judge's confidence; when the judge decides the pair, every
 * segment that is not a plain match also gets reason `judge`, since the verdict no longer
 * rests on the rules alone. At most `maxJudgeCalls` calls, one after the other, in segment
 * order. Without a judge the result equals `diffClaims`'s. The core never downloads anything:
 * the judge is the caller's code.
 *
 * @throws ClaimdiffError when `a` or `b` is not a string, or an option is invalid.
 */
export async function diffClaimsAsync(a: string, b: string, options: DiffAsyncOptions = {}): Promise<ClaimDiff> {
  const x = parseArgument(z.string(), a, 'diffClaimsAsync: first argument (a)', 'a string');
  const y = parseArgument(z.string(), b, 'diffClaimsAsync: second argument (b)', 'a string');
  const opts = parseArgument(DiffAsyncOptionsSchema, options, 'diffClaimsAsync: options', 'an options object (see DiffAsyncOptions)', 'invalid-options');
  const { judge, judgeBelow = JUDGE_BELOW, maxJudgeCalls = MAX_JUDGE_CALLS, ...rest } = opts;
  const diff = compareValid(x, y, rest);
  if (judge === undefined) return diff;
  const issues: Issue[] = [...diff.issues];
  let calls = 0;
  const segments: Segment[] = [];
  for (const s of diff.segments) {
    const unsure = s.a !== null && s.b !== null && (s.label === 'paraphrase' || s.label === 'contradict') && (s.confidence ?? 1) < judgeBelow;
    const v = unsure && calls < maxJudgeCalls ? (calls++, await ask(judge, { a: x.slice(...(s.a as [number, number])), b: y.slice(...(s.b as [number, number])), scope: 'segment', proposed: s.label, confidence: s.confidence ?? 1, context: { a: x, b: y } }, issues)) : null;
    segments.push(...(v === null ? [s] : judgedSegment(s, v)));
  }
  const confidence = diff.confidence ?? 1;
  if (confidence >= judgeBelow || calls >= maxJudgeCalls) return { ...diff, segments, issues };
  const v = await ask(judge, { a: x, b: y, scope: 'pair', proposed: diff.relation, confidence }, issues);
  if (v === null) return { ...diff, segments, issues };
  return {
    ...diff,
    relation: judgedRelation(v, segments),
    confidence: v.confidence,
    segments: segments.map((s) => (s.label === 'match' ? s : withJudge(s, s.confidence ?? v.confidence))),
    issues,
  };
}
