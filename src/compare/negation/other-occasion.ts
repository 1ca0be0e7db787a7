import type { Draft } from '../align';
import type { Term } from '../terms';

/** Words that place what one side tells on another occasion than the other's: "was also inspected on April 2". */
const ANOTHER_OCCASION: ReadonlySet<string> = new Set(['also', 'again', 'too', 'previously', 'earlier', 'later', 'another', 'second']);

/** A contradicting segment for another figure or date. */
export const anotherFigure = (d: Draft): boolean => d.reasons.has('number') || d.reasons.has('date');

/**
 * Whether two sides that give other figures tell of two things, not one thing two ways: they
 * name other participants in one role ("crime rose 12 percent in Denver" ~ "crime fell 4
 * percent in Boulder"), another time for another amount, right after it ("$900 million in 2026"
 * ~ "$700 million in 2027": two years' costs; "finished in 2026 at a cost of $900 million" ~ "in
 * 2027 at a cost of $700 million" is one dam told two ways), or another date where one side says
 * it is another occasion ("was inspected on May 5" ~ "was also inspected on April 2"). Each may
 * be true: no contradiction. `contra` are the pair's contradicting segments, in term ranges of
 * `a` and `b`.
 */
export function anotherOccasion(contra: readonly Draft[], a: readonly Term[], b: readonly Term[]): boolean {
  if (contra.some((d) => d.reasons.has('entity'))) return true;
  const figures = contra.filter(anotherFigure);
  const timed = figures.filter((d) => isTime(a, d.a) || isTime(b, d.b));
  const amounts = figures.filter((d) => !timed.includes(d));
  // The time of an amount, right after it ("$900 million in 2026"), not of the act ("finished in 2026 at a cost of …").
  if (amounts.some((f) => timed.some((t) => follows(f.a, t.a) && follows(f.b, t.b)))) return true;
  return timed.length > 0 && [...a, ...b].some((t) => t.kind === 'word' && ANOTHER_OCCASION.has(t.key));
}

/** Whether term run `t` comes right after run `f`, a word between them at most ("$900 million in 2026"). */
function follows(f: readonly [number, number] | null, t: readonly [number, number] | null): boolean {
  return f !== null && t !== null && t[0] >= f[1] && t[0] - f[1] <= 1;
}

/** Whether a segment's terms hold a date or a year ("2026"). */
function isTime(terms: readonly Term[], range: readonly [number, number] | null): boolean {
  if (range === null) return false;
  for (let i = range[0]; i < range[1]; i++) {
    const t = terms[i] as Term;
    if (t.kind === 'date') return true;
    const q = t.quantity;
    if (t.kind === 'number' && q !== undefined && q.unit === '' && !q.ordinal && Number.isInteger(q.value) && q.value >= 1800 && q.value <= 2100 && /^\d{4}$/.test(t.surface)) return true;
  }
  return false;
}
