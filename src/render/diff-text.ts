import { createColors } from 'picocolors';
import type { ClaimDiff, Label, Segment } from '../schema/diff';
import { parseArgument } from '../schema/error';
import { escapeTerminal as t } from './escape';
import { checkDiffText, DiffTextOptionsSchema } from './validate';

export interface DiffTextOptions {
  /**
   * ANSI colours. Without them, labels are shown as marks that survive copy and paste:
   * `[-removed-]`, `{+added+}`, `<~paraphrase~>`, `<!contradict!>`.
   * @default false
   */
  color?: boolean;
}

export const MARKS: Readonly<Record<Label, readonly [string, string]>> = {
  match: ['', ''],
  paraphrase: ['<~', '~>'],
  contradict: ['<!', '!>'],
  added: ['{+', '+}'],
  removed: ['[-', '-]'],
};

export type Paint = (label: Label, text: string) => string;

/** Paints a piece by its label: ANSI styles with colour, the copy-and-paste marks without. */
export function painter(color: boolean): Paint {
  const c = createColors(color);
  const style: Readonly<Record<Label, (s: string) => string>> = {
    match: (s) => s,
    paraphrase: (s) => c.yellow(c.underline(s)),
    contradict: (s) => c.bold(c.red(c.inverse(s))),
    added: (s) => c.green(c.underline(s)),
    removed: (s) => c.magenta(c.strikethrough(s)),
  };
  return (label, text) => (color ? style[label](text) : `${MARKS[label][0]}${text}${MARKS[label][1]}`);
}

/**
 * One side's text with every segment painted by its label; text between segments is kept.
 * Each piece is escaped after it is cut, so that the spans still index the original text and a
 * control character in a report (an ANSI escape) cannot restyle or clear the reader's terminal.
 */
function paintSide(text: string, segments: readonly Segment[], side: 'a' | 'b', paint: Paint): string {
  const spans = segments.flatMap((s) => (s[side] === null ? [] : [{ span: s[side] as [number, number], label: s.label }])).sort((x, y) => x.span[0] - y.span[0]);
  let out = '';
  let at = 0;
  for (const { span, label } of spans) {
    out += t(text.slice(at, span[0])) + paint(label, t(text.slice(span[0], span[1])));
    at = span[1];
  }
  return out + t(text.slice(at));
}

/**
 * The `diff` result as text for a terminal: the verdict, both wordings painted by label,
 * and one line per segment that is not a plain match, with its reasons.
 *
 * @throws ClaimdiffError when `diff` is not a diff of `a` and `b`, or an option is invalid.
 */
export function renderDiffText(diff: ClaimDiff, a: string, b: string, options: DiffTextOptions = {}): string {
  const d = checkDiffText(diff, a, b);
  const opts = parseArgument(DiffTextOptionsSchema, options, 'renderDiffText(diff, a, b, options)', 'renderDiffText options { color? }', 'invalid-options');
  return diffTextOf(d, a, b, opts);
}

/** `renderDiffText` on arguments already checked. */
export function diffTextOf(diff: ClaimDiff, a: string, b: string, options: DiffTextOptions): string {
  const paint = painter(options.color ?? false);
  const c = createColors(options.color ?? false);
  const lines = [
    `${c.bold(diff.relation)}  score ${diff.score.toFixed(3)}`,
    '',
    `A  ${paintSide(a, diff.segments, 'a', paint)}`,
    `B  ${paintSide(b, diff.segments, 'b', paint)}`,
    '',
  ];
  const shown = diff.segments.filter((s) => s.label !== 'match' || s.reasons.some((r) => r !== 'identical'));
  const width = Math.max(0, ...shown.map((s) => (s.a === null ? 1 : t(a.slice(s.a[0], s.a[1])).length)));
  for (const s of shown) {
    const left = s.a === null ? '—' : t(a.slice(s.a[0], s.a[1]));
    const right = s.b === null ? '—' : t(b.slice(s.b[0], s.b[1]));
    const reasons = s.reasons.length > 0 ? `  (${s.reasons.join(', ')})` : '';
    const tag = options.color ? paint(s.label, s.label.padEnd(10)) : s.label.padEnd(10);
    lines.push(`  ${tag}  ${left.padEnd(Math.min(width, 40))}  ~  ${right}${c.dim(reasons)}`);
  }
  for (const issue of diff.issues) lines.push(c.dim(`  note: ${t(issue.message)}`));
  return lines.join('\n');
}
