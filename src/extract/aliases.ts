import type { Speaker, Statement } from '../schema/statement';
import type { Token } from '../text/tokens';
import { isCapitalised, isPossessive, type Doc } from './doc';
import type { Mention } from './speakers';
import { ISSUED_TEXT_NOUNS, SOURCE_LINKS } from '../lexicon/attribution';
import { NAME_DETERMINERS } from '../lexicon/determiners';
import { FIRST_PERSON_PRONOUNS, GROUP_PRONOUNS, PERSON_PRONOUNS, SOURCE_OBJECT_PRONOUNS } from '../lexicon/pronouns';
import { NEGATIVE_QUANTIFIERS, POSITIVE_QUANTIFIERS } from '../lexicon/quantifiers';
import { NAME_PARTICLES } from '../lexicon/titles';
import { appositiveName } from './appositive-name';

type SpeakerType = NonNullable<Speaker['type']>;

const PRONOUNS: ReadonlySet<string> = new Set([...PERSON_PRONOUNS, ...GROUP_PRONOUNS, ...FIRST_PERSON_PRONOUNS]);

/** What a speaker phrase names once determiners, titles and roles are folded away. */
export interface NamedMention {
  readonly name: string;
  readonly type: SpeakerType;
  /** The role words before a person's name ("Foreign Office spokesperson"), lower-cased. */
  readonly role: string | null;
  readonly pronoun: string | null;
}

const NAME_LINKS = new Set(NAME_PARTICLES);
/** Words that make an appositive's role one of the past: "a former mayor", "the ex-minister". */
const PAST_ROLE: ReadonlySet<string> = new Set(['former', 'ex', 'then', 'onetime', 'one-time', 'erstwhile', 'retired', 'late']);
const ARTICLES = new Set(NAME_DETERMINERS);
const SHARE_LINKS: ReadonlySet<string> = new Set(['in', 'out']);
const ISSUED_TEXTS = new Set(ISSUED_TEXT_NOUNS);

function bare(word: string): string {
  return word.replace(/\.$/, '');
}

/**
 * Folds a speaker phrase to a canonical name. "Foreign Office spokesperson Shafqat Ali Khan"
 * and "Ambassador Shafqat Ali Khan" give the person "Shafqat Ali Khan" (role kept apart);
 * "the Foreign Office" gives the body "Foreign Office"; "Taliban officials" stays a group.
 */
export function nameMention(doc: Doc, m: Mention): NamedMention {
  // "Harriet Voss, the mayor of Port Ellis", "Sen. Marcus Delacroix, a co-sponsor": the name before the appositive.
  const named = appositiveName(doc, m);
  const w = doc.words;
  if (named !== null) {
    const inner = nameMention(doc, named);
    // The appositive's role words name the person again later ("the mayor").
    const after = doc.tokens.slice(named.last + 2, m.last + 1).filter((t) => t.kind === 'word' && !ARTICLES.has(t.norm));
    // "a former mayor of Port Ellis" is no one "the mayor" names now.
    if (after.some((t) => PAST_ROLE.has(t.norm))) return inner;
    let last = after.length - 1;
    while (last >= 0 && !w.roles.has(bare((after[last] as Token).norm))) last--;
    const role = last < 0 ? null : after.slice(0, last + 1).map((t) => t.norm).join(' ');
    return { ...inner, role: inner.role ?? role };
  }
  const words: Token[] = [];
  // A parenthetical is no part of the name: "Elijah Cummings (D-Md.)".
  let depth = 0;
  for (let i = m.first; i <= m.last; i++) {
    const t = doc.tokens[i] as Token;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (t.kind === 'word' || t.kind === 'number')) words.push(t);
  }
  // "him" after "according to" stands for "he" (see SOURCE_OBJECT_PRONOUNS).
  const subject = words.length === 1 ? SOURCE_OBJECT_PRONOUNS[(words[0] as Token).norm] ?? (words[0] as Token).norm : undefined;
  if (subject !== undefined && (w.personPronouns.has(subject) || w.groupPronouns.has(subject))) {
    const p = words[0] as Token;
    return { name: p.text, type: w.personPronouns.has(subject) ? 'person' : 'unknown', role: null, pronoun: subject };
  }
  // "a source close to Finance Minister Ana Lund": the source speaks, named by its whole phrase (see `SOURCE_LINKS`).
  const link = words.findIndex((t, i) => i > 0 && SOURCE_LINKS.includes(`${t.norm} ${words[i + 1]?.norm ?? ''}`));
  if (link > 0) {
    const from = ARTICLES.has((words[0] as Token).norm) ? 1 : 0;
    return { name: words.slice(from).map((t) => t.text).join(' '), type: 'unknown', role: null, pronoun: null };
  }
  // A possessive opens a new phrase: "Pakistan’s Foreign Office" names the Foreign Office.
  let from = 0;
  for (let i = 0; i < words.length - 1; i++) if (isPossessive(words[i] as Token) && isCapitalised(words[i + 1] as Token)) from = i + 1;
  // "One in four", "one out of 10": a share, not an article before a name.
  while (from < words.length - 1 && ARTICLES.has((words[from] as Token).norm) && !SHARE_LINKS.has((words[from + 1] as Token).norm)) from++;
  const kept = words.slice(from);
  // The name is the trailing run of capitalised words (with linking particles).
  let runStart = kept.length;
  while (runStart > 0) {
    const t = kept[runStart - 1] as Token;
    if (isCapitalised(t) || (NAME_LINKS.has(t.norm) && runStart - 1 > 0 && runStart < kept.length)) runStart--;
    else break;
  }
  while (runStart < kept.length && NAME_LINKS.has((kept[runStart] as Token).norm)) runStart++;
  const run = kept.slice(runStart);
  const isOrg = (ts: readonly Token[]): boolean => ts.some((t) => w.organisations.has(bare(t.norm)));
  // A lone possessive loses its mark ("Halde's" → "Halde"); the tokeniser already splits the bare
  // apostrophe off "Voss'", so the name's own s stays.
  const text = (ts: readonly Token[]): string => ts.map((t) => (ts.length > 1 ? t.text : t.text.replace(/['’]s$/u, ''))).join(' ');
  if (run.length === 0) {
    return { name: text(kept), type: isOrg(kept) ? 'organisation' : 'unknown', role: null, pronoun: null };
  }
  // Roles and titles inside the run ("Ambassador", "Field Marshal") come before the name.
  let lastRole = -1;
  for (let i = 0; i < run.length - 1; i++) {
    const n = bare((run[i] as Token).norm);
    if (w.roles.has(n) || w.honorifics.has((run[i] as Token).norm) || w.honorifics.has(n)) lastRole = i;
  }
  const person = run.slice(lastRole + 1);
  const prefix = [...kept.slice(0, runStart), ...run.slice(0, lastRole + 1)];
  if (person.length > 0 && !isOrg(person) && (prefix.length > 0 || person.length >= 2)) {
    const roleWords = prefix.filter((t) => !w.honorifics.has(t.norm));
    return { name: text(person), type: 'person', role: roleWords.length > 0 ? text(roleWords).toLowerCase() : null, pronoun: null };
  }
  const whole = kept.slice(kept.length - run.length - (run.length < kept.length && !isCapitalised(kept[kept.length - 1] as Token) ? 1 : 0));
  return { name: text(run.length > 0 ? run : whole), type: isOrg(run) ? 'organisation' : 'unknown', role: null, pronoun: null };
}

/** Whether a name is the document a body issued ("the statement said"). */
export function isIssuedText(name: string): boolean {
  return ISSUED_TEXTS.has(name.toLowerCase());
}

/**
 * A name is looked for among this many most recent speakers of a report only: no report names
 * so many people, and the bound keeps a list of thousands of names linear.
 */
const MAX_ENTITIES_SEARCHED = 500;

/** Quantifiers that may stand as a speaker ("Some say", "Many believe", "Others have warned"): a group, never the one a later "he" or "she" names. */
const QUANTIFIERS: ReadonlySet<string> = new Set([...POSITIVE_QUANTIFIERS, ...NEGATIVE_QUANTIFIERS, 'others']);

interface Entity {
  name: string;
  type: SpeakerType;
  aliases: Set<string>;
  /** The aliases lower-cased, and the name lower-cased and cut in words: looked up on every mention. */
  keys: Set<string>;
  lower: string;
  words: string[];
}

function addAlias(e: Entity, alias: string): void {
  e.aliases.add(alias);
  e.keys.add(alias.toLowerCase());
}

function rename(e: Entity, name: string): void {
  e.name = name;
  e.lower = name.toLowerCase();
  e.words = e.lower.split(' ');
}

/**
 * Who has been named so far in one report, in reading order: resolves "Khan" to an earlier
 * "Shafqat Ali Khan", "he" to the last person who spoke, "the statement" to the body that
 * issued it. O(entities) per lookup.
 */
export class Discourse {
  private readonly entities: Entity[] = [];

  constructor(private readonly roles: ReadonlySet<string>) {}

  private lastPerson: Entity | null = null;
  /** The last person, or the last bare name that may be one ("Sadiq warned …"). */
  private lastAnimate: Entity | null = null;
  private lastBody: Entity | null = null;
  private issuer: Entity | null = null;

  resolve(named: NamedMention, mentionText: string, statementNearby: boolean): { name: string; type: SpeakerType; aliases: string[]; resolved: boolean } {
    if (named.pronoun !== null) {
      // "he" or "she" is one: never a group named by a quantifier ("Some say …").
      const body = named.type === 'person' && this.lastBody !== null && QUANTIFIERS.has(this.lastBody.lower) ? null : this.lastBody;
      const e = named.type === 'person' ? this.lastAnimate ?? body : this.lastBody ?? this.lastPerson;
      if (e === null) return { name: named.name, type: named.type, aliases: [], resolved: false };
      addAlias(e, mentionText);
      return { name: e.name, type: e.type, aliases: [...e.aliases], resolved: true };
    }
    if (isIssuedText(named.name) && (this.issuer ?? this.lastBody) !== null) {
      const e = (this.issuer ?? this.lastBody) as Entity;
      return { name: e.name, type: e.type, aliases: [...e.aliases], resolved: true };
    }
    const e = this.find(named) ?? this.add(named);
    addAlias(e, mentionText);
    if (named.role !== null) addAlias(e, named.role);
    if (e.type === 'person') this.lastPerson = e;
    else this.lastBody = e;
    // A bare name may be a person's ("Sadiq warned …"); a quantifier opening a sentence is none ("Some have suggested …").
    if (e.type === 'person' || (e.type === 'unknown' && !e.name.includes(' ') && /^\p{Lu}/u.test(e.name) && !QUANTIFIERS.has(e.lower))) this.lastAnimate = e;
    if (statementNearby) this.issuer = e;
    return { name: e.name, type: e.type, aliases: [...e.aliases], resolved: true };
  }

  private find(named: NamedMention): Entity | null {
    const key = named.name.toLowerCase();
    const parts = key.split(' ');
    // "the minister" after "Interior Minister Yusuf Demir": the last person with that role.
    if (named.type !== 'person' && parts.length === 1 && this.roles.has(key)) {
      for (let i = this.entities.length - 1; i >= Math.max(0, this.entities.length - MAX_ENTITIES_SEARCHED); i--) {
        const e = this.entities[i] as Entity;
        if (e.type === 'person' && [...e.keys].some((a) => a.split(' ').at(-1) === key)) return e;
      }
    }
    for (let i = this.entities.length - 1; i >= Math.max(0, this.entities.length - MAX_ENTITIES_SEARCHED); i--) {
      const e = this.entities[i] as Entity;
      if (e.lower === key || e.keys.has(key)) return e;
      const eparts = e.words;
      if (e.type !== 'organisation' && named.type !== 'organisation' && eparts.length !== parts.length && eparts.at(-1) === parts.at(-1)) {
        // "Khan" after "Shafqat Ali Khan", or the reverse: the longer form becomes canonical.
        if (parts.length > eparts.length) rename(e, named.name);
        e.type = 'person';
        return e;
      }
    }
    return null;
  }

  private add(named: NamedMention): Entity {
    const e: Entity = { name: '', type: named.type, aliases: new Set(), keys: new Set(), lower: '', words: [] };
    rename(e, named.name);
    this.entities.push(e);
    return e;
  }
}

/** The one full name a pronoun stood for in report `report`, else the pronoun itself. */
function ownReport(pronounOf: ReadonlyMap<string, ReadonlySet<string>>, report: string, pronoun: string): string {
  const names = pronounOf.get(`${report}\u0000${pronoun.toLowerCase()}`);
  return names?.size === 1 ? ([...names][0] as string) : pronoun;
}

/**
 * Folds the speakers of statements from one or many reports into canonical names: a
 * surname ("Khan") or a role ("Foreign Office spokesperson") that points to exactly one full
 * name becomes that name, and every speaker of one name gets the union of the aliases.
 * O(s + a · w) for s statements and a aliases of names of w words; the result does not depend
 * on input order.
 */
export function mergeSpeakers(statements: readonly Statement[]): Statement[] {
  const full = new Map<string, Set<string>>(); // full person name → aliases
  // A pronoun names whom it was resolved to in its own report only ("she said" of Dana Rutt
  // there): by report and pronoun, the full names it stood for.
  const pronounOf = new Map<string, Set<string>>();
  for (const s of statements) {
    const sp = s.speaker;
    if (sp === null || sp.type === 'organisation') continue;
    if (sp.name.includes(' ') && /^\p{Lu}/u.test(sp.name) && sp.type === 'person') {
      const set = full.get(sp.name) ?? new Set<string>();
      for (const a of sp.aliases ?? []) {
        if (!PRONOUNS.has(a.toLowerCase())) set.add(a);
        else pronounOf.set(`${s.report}\u0000${a.toLowerCase()}`, (pronounOf.get(`${s.report}\u0000${a.toLowerCase()}`) ?? new Set<string>()).add(sp.name));
      }
      full.set(sp.name, set);
    }
  }
  // Indexes of the full names by last word, by lower-cased alias and by word-aligned suffix,
  // so that finding what a short name points to costs a few lookups, not a scan of all names.
  const byLast = new Map<string, Set<string>>();
  const byAlias = new Map<string, Set<string>>();
  const bySuffix = new Map<string, Set<string>>();
  const index = (map: Map<string, Set<string>>, key: string, name: string): void => {
    const set = map.get(key) ?? new Set<string>();
    set.add(name);
    map.set(key, set);
  };
  for (const [n, set] of full) {
    const lower = n.toLowerCase();
    index(byLast, lower.slice(lower.lastIndexOf(' ') + 1), n);
    for (const a of set) index(byAlias, a.toLowerCase(), n);
    for (let i = lower.indexOf(' '); i >= 0; i = lower.indexOf(' ', i + 1)) index(bySuffix, lower.slice(i + 1), n);
  }
  const targets = new Map<string, string>();
  const target = (name: string): string => {
    if (full.has(name)) return name;
    const known = targets.get(name);
    if (known !== undefined) return known;
    const lower = name.toLowerCase();
    const hits = new Set<string>(byAlias.get(lower));
    for (const n of (name.includes(' ') ? bySuffix : byLast).get(lower) ?? []) hits.add(n);
    const found = hits.size === 1 ? ([...hits][0] as string) : name;
    targets.set(name, found);
    return found;
  };
  const aliases = new Map<string, Set<string>>();
  const mapped = statements.map((s) => {
    if (s.speaker === null) return s;
    const name = PRONOUNS.has(s.speaker.name.toLowerCase()) ? ownReport(pronounOf, s.report, s.speaker.name) : target(s.speaker.name);
    const set = aliases.get(name) ?? new Set<string>();
    for (const a of s.speaker.aliases ?? []) set.add(a);
    if (name !== s.speaker.name) set.add(s.speaker.name);
    aliases.set(name, set);
    return { ...s, speaker: { ...s.speaker, name } };
  });
  const lists = new Map<string, string[]>();
  return mapped.map((s) => {
    if (s.speaker === null) return s;
    const name = s.speaker.name;
    const list = lists.get(name) ?? [...(aliases.get(name) ?? [])].filter((a) => a !== name).sort();
    lists.set(name, list);
    const type: SpeakerType = full.has(s.speaker.name) ? 'person' : s.speaker.type ?? 'unknown';
    return { ...s, speaker: { ...s.speaker, type, aliases: list } };
  });
}
