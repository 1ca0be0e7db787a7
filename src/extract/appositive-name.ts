import { isCapitalised, type Doc } from './doc';
import type { Mention } from './speakers';

/**
 * The name part of a speaker phrase that names someone and then says who they are after a
 * comma: "Harriet Voss, the mayor of Port Ellis" is Harriet Voss, not Port Ellis; "Sen. Marcus
 * Delacroix, a co-sponsor" is Sen. Marcus Delacroix. Only when every word before the comma is
 * capitalised (a name, its title with it) and the last is no title: "the ministry, which …",
 * "Pakistan's Foreign Office spokesperson, Shafqat Ali Khan" and "Interior Minister, Hal Brook"
 * name by their last words. Null when the phrase is no such pair.
 */
export function appositiveName(doc: Doc, m: Mention): Mention | null {
  for (let i = m.first; i <= m.last; i++) {
    const t = doc.tokens[i];
    if (t === undefined || t.text !== ',') continue;
    if (i === m.first) return null;
    for (let j = m.first; j < i; j++) {
      const u = doc.tokens[j];
      if (u !== undefined && (u.kind === 'word' || u.kind === 'number') && !isCapitalised(u)) return null;
    }
    // "Interior Minister, Hal Brook": a title before the comma, the name after it.
    const lastToken = doc.tokens[i - 1];
    const last = lastToken?.norm.replace(/\.$/u, '') ?? '';
    // A role word, or an initialism that names one ("MP", "CEO").
    if (doc.words.roles.has(last) || doc.words.honorifics.has(last) || /^\p{Lu}{2,4}$/u.test(lastToken?.text ?? '')) return null;
    return { first: m.first, last: i - 1 };
  }
  return null;
}
