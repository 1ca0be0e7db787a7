import { contentWords, type FeatureContext } from '../group/features';
import { WORD_FORM } from '../text/word-forms';

const CAPITAL = /^\p{Lu}/u;

/**
 * The content words (base forms) a text writes as names: every capitalised word, a title-case
 * headline's too (its words are names or as good as: "Sanders' Wall Street Tax Plan"), but for a
 * first word the lexicon knows as a common word that no capitalised word follows ("Hospitals in
 * Varne were not shelled": "hospital" is no name; "Hillary Clinton has …": both are). What a
 * claim and a denial of one story share most is names; what one denies is more than them.
 */
export function namesIn(text: string, ctx: FeatureContext): Set<string> {
  const forms = [...text.matchAll(WORD_FORM)].map((m) => m[0]);
  const out = new Set<string>();
  forms.forEach((w, k) => {
    if (!CAPITAL.test(w)) return;
    const common = k === 0 && !CAPITAL.test(forms[1] ?? '') && ctx.lexicon.lemmas(w.toLowerCase()).length > 0;
    if (!common) for (const c of contentWords(w, ctx)) out.add(c);
  });
  return out;
}
