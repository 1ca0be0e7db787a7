/**
 * The capitals of the WordNet build (see build-wordnet.ts): news names a country's government
 * by its capital ("Tehran denied …", "talks in Muscat" ~ "talks in Oman"), and by the seat of
 * its government ("the Kremlin said …"). WordNet holds both through part holonyms: a capital is
 * an instance noun that is part (#p) of its country, and the Kremlin is part of Moscow.
 * Split from the build script to keep each file one concept.
 */
import type { Synset } from './wordnet-definitions';

/** "country, state, land": the territory of a nation, which every country's kind is a kind of. */
const COUNTRY = 'n08562388';
/** Steps up the hypernym tree from a country's kind (Asian_country -> country). */
const KIND_STEPS = 3;
/**
 * Part-holonym steps from a capital up to its country: Washington is part of the District of
 * Columbia, part of the United States; Tokyo is part of Honshu, part of Japan.
 */
const HOLONYM_STEPS = 2;

const targets = (s: Synset, syms: readonly string[]) => s.ptrs.filter((p) => syms.includes(p.sym)).map((p) => p.target);
const names = (s: Synset) => s.words.map((w) => w.replaceAll('_', ' '));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Is the synset a country: an instance of a kind of "country" (not of a state or a province)? */
function isCountry(synsets: Map<string, Synset>, s: Synset): boolean {
  let level = targets(s, ['@i']);
  for (let step = 0; step < KIND_STEPS && level.length > 0; step++) {
    if (level.includes(COUNTRY)) return true;
    level = level.flatMap((k) => targets(synsets.get(k)!, ['@']));
  }
  return level.includes(COUNTRY);
}

/** Words that make a gloss clause speak of a capital of the past: "once the capital of Japan". */
const PAST = /\b(?:former|formerly|once|onetime|ancient|old|historic|early|served|was|until)\b/i;

/**
 * Does the synset name itself the capital of the country: a lemma "capital_of_[the_]Oman", or a
 * gloss clause "(the) capital (and largest city) of (the) Oman" not said of a capital of the
 * past? Grozny is part of Russia and "capital of Chechnya"; Kyoto "was once the capital of Japan".
 */
function namesCapitalOf(s: Synset, country: Synset): boolean {
  const countryNames = names(country);
  if (names(s).some((w) => countryNames.some((c) => new RegExp(`^capital of (?:the )?${escape(c)}$`, 'i').test(w)))) return true;
  const alternatives = countryNames.map(escape).join('|');
  const capital = new RegExp(`\\bcapital(?: and [a-z ]+?)?(?: city)? of (?:the )?(?:${alternatives})\\b`, 'i');
  return s.gloss.split(';').some((clause) => {
    const m = capital.exec(clause);
    return m !== null && !PAST.test(clause.slice(0, m.index));
  });
}

/** Synsets up to HOLONYM_STEPS part-holonym steps above `s`. */
function wholes(synsets: Map<string, Synset>, s: Synset): Synset[] {
  const found: Synset[] = [];
  let level = [s];
  for (let step = 0; step < HOLONYM_STEPS; step++) {
    level = level.flatMap((x) => targets(x, ['#p']).map((k) => synsets.get(k)!));
    found.push(...level);
  }
  return found;
}

/** What capitalPairs finds: pairs of synset keys, and the keys of the countries among them. */
export interface Capitals {
  readonly pairs: readonly (readonly [string, string])[];
  readonly countries: ReadonlySet<string>;
}

/**
 * Pairs of synset keys "capital country" for every national capital in WordNet, and "seat
 * capital" and "seat country" for an instance that is part of a capital and whose gloss says it
 * houses the government ("Kremlin: citadel of Moscow, housing the offices of the Russian
 * government"; "Whitehall: … site of many government offices").
 */
export function capitalPairs(synsets: Map<string, Synset>): Capitals {
  const countryOf = new Map<string, string>();
  for (const s of synsets.values()) {
    if (!s.key.startsWith('n') || targets(s, ['@i']).length === 0) continue;
    const country = wholes(synsets, s).find((w) => isCountry(synsets, w) && namesCapitalOf(s, w));
    if (country) countryOf.set(s.key, country.key);
  }
  const pairs: [string, string][] = [...countryOf];
  for (const s of synsets.values()) {
    if (!s.key.startsWith('n') || targets(s, ['@i']).length === 0 || !/\bgovernment\b/i.test(s.gloss)) continue;
    for (const capital of targets(s, ['#p']).filter((k) => countryOf.has(k))) pairs.push([s.key, capital], [s.key, countryOf.get(capital)!]);
  }
  return { pairs, countries: new Set(countryOf.values()) };
}
