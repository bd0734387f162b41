/**
 * Loads the annotate data files (data/*.json) once into lookup structures.
 * Everything language- or domain-specific lives in those files, not here.
 */
import aliases from './data/aliases.json' with { type: 'json' };
import cues from './data/cues.json' with { type: 'json' };
import lexicon from './data/lexicon.json' with { type: 'json' };
import nameWords from './data/name-words.json' with { type: 'json' };
import places from './data/places.json' with { type: 'json' };
import qualityRules from './data/quality-rules.json' with { type: 'json' };
import roles from './data/roles.json' with { type: 'json' };
import stopwords from './data/stopwords.json' with { type: 'json' };
import type { EntityLabel } from '../../lib/types.ts';
import { normalizeKey } from './normalize-key.ts';
import type { TokenizeOptions } from './tokenize.ts';

/** What a gazetteer phrase is. */
export const PHRASE_KINDS = { entity: 'entity', role: 'role', honorific: 'honorific' } as const;
export type PhraseKind = (typeof PHRASE_KINDS)[keyof typeof PHRASE_KINDS];

/** One gazetteer phrase. */
export interface Phrase {
  kind: PhraseKind;
  label: EntityLabel | null;
  /** Canonical name (entities) or role text (roles). */
  canonical: string;
  /** Matches only when the text is upper case too (short acronyms: "US", "WHO", "AP"). */
  upperOnly: boolean;
  /** From the curated alias table (trusted) rather than the lexicon snapshot. */
  curated: boolean;
}

/** A quality rule from data/quality-rules.json. */
export interface QualityRule {
  id: string;
  signal: string;
  op: '<' | '>';
  value: number;
}

/** All lookup tables of the stage. */
export interface Resources {
  /** Normalised phrase key ("secretary of state", "us") -> phrase. */
  phrases: ReadonlyMap<string, Phrase>;
  /** Longest phrase, in tokens. */
  maxPhraseTokens: number;
  /** Every proper prefix of a multi-word phrase key ("united", "united states of"): a lookup stops when none matches. */
  phrasePrefixes: ReadonlySet<string>;
  /** Canonical person name by normalised key of every curated PERSON alias. */
  givenNames: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  orgHeads: ReadonlySet<string>;
  orgStarts: ReadonlySet<string>;
  locHeads: ReadonlySet<string>;
  locStarts: ReadonlySet<string>;
  eventHeads: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
  placeNouns: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
  /** Every word of every role phrase ("foreign", "minister", "spokesman"). */
  roleWords: ReadonlySet<string>;
  /** Plural title -> singular role ("presidents" -> "president"). */
  pluralRoles: ReadonlyMap<string, string>;
  cueVerbs: ReadonlySet<string>;
  cuePhrases: ReadonlyArray<readonly string[]>;
  indirectVerbs: ReadonlySet<string>;
  objectVerbs: ReadonlySet<string>;
  /** Indirect-speech verbs that need "that" (they also take noun objects). */
  needThat: ReadonlySet<string>;
  /** Ordinary English words (compromise lexicon): a run of such words is rarely a name. */
  commonWords: ReadonlySet<string>;
  /** Inflected verb forms (compromise lexicon), left out of keywords. */
  verbForms: ReadonlySet<string>;
  /** Given names by gender (compromise lexicon), for pronouns. */
  maleNames: ReadonlySet<string>;
  femaleNames: ReadonlySet<string>;
  pronouns: ReadonlyMap<string, string>;
  stopwords: ReadonlyMap<string, ReadonlySet<string>>;
  gopherStopwords: ReadonlySet<string>;
  englishStopwords: ReadonlySet<string>;
  qualityRules: readonly QualityRule[];
  /** Options for tokenize() built from these tables. */
  tokenOptions: TokenizeOptions;
}

const SMALL_WORDS = new Set(['and', 'of', 'the', 'de', 'du', 'des', 'la', 'le', 'al', 'el', 'da', 'di', 'y', 'upon', 'on']);

/** Title-cases a lower-case lexicon entry ("bosnia and herzegovina" -> "Bosnia and Herzegovina"). */
export function titleCase(text: string): string {
  return text.split(' ').map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
}

let cached: Resources | null = null;

/**
 * Returns the (shared, immutable) resources, building them on first use.
 *
 * @example
 * loadResources().phrases.get('us')?.canonical // 'United States'
 */
export function loadResources(): Resources {
  if (cached) return cached;
  const phrases = new Map<string, Phrase>();
  const add = (text: string, phrase: Phrase, override = false): void => {
    const key = normalizeKey(text);
    if (!key || (!override && phrases.has(key))) return;
    phrases.set(key, phrase);
  };
  for (const e of aliases.entities) {
    const label = e.label as EntityLabel;
    for (const text of [e.canonical, ...e.aliases]) {
      const bare = text.replace(/\./g, '');
      add(text, { kind: 'entity', label, canonical: e.canonical, upperOnly: /^[A-Z]{2,5}$/.test(bare), curated: true });
    }
  }
  const lexiconEntity = (words: string[], label: EntityLabel): void => {
    for (const w of words) add(w, { kind: 'entity', label, canonical: titleCase(w), upperOnly: false, curated: false });
  };
  lexiconEntity(places.LOC, 'LOC');
  lexiconEntity(places.NORP, 'NORP');
  lexiconEntity(places.GPE, 'GPE');
  lexiconEntity(lexicon.countries, 'GPE');
  lexiconEntity(lexicon.cities, 'GPE');
  lexiconEntity(lexicon.regions, 'GPE');
  lexiconEntity(lexicon.demonyms, 'NORP');
  for (const w of lexicon.organizations) {
    add(w, { kind: 'entity', label: 'ORG', canonical: w.length <= 4 ? w.toUpperCase() : titleCase(w), upperOnly: w.length <= 4, curated: false });
  }
  // Roles win over lexicon words of the same spelling ("general", "chancellor").
  for (const r of roles.roles) add(r, { kind: 'role', label: null, canonical: r, upperOnly: r === 'fm' || r === 'pm' || r === 'ceo', curated: true }, true);
  for (const r of Object.keys(roles.plural)) add(r, { kind: 'role', label: null, canonical: r, upperOnly: false, curated: true }, true);
  for (const h of roles.honorifics) add(h, { kind: 'honorific', label: null, canonical: h, upperOnly: false, curated: true }, true);
  let maxPhraseTokens = 1;
  const phrasePrefixes = new Set<string>();
  for (const key of phrases.keys()) {
    const words = key.split(' ');
    maxPhraseTokens = Math.max(maxPhraseTokens, words.length);
    for (let n = 1; n < words.length; n++) phrasePrefixes.add(words.slice(0, n).join(' '));
  }

  const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
  const dotted = [...roles.roles, ...roles.honorifics, ...nameWords.orgHeads].filter((w) => /^[a-z]+\.$/.test(w));
  const abbreviations = set([...dotted.map((w) => w.slice(0, -1)), 'jr', 'sr', 'st', 'vs', 'inc', 'corp', 'co', 'ltd', 'mt', 'ft']);
  const languages = new Map<string, ReadonlySet<string>>(
    Object.entries(stopwords.languages).map(([lang, words]) => [lang, set(words)] as const),
  );
  cached = Object.freeze({
    phrases, maxPhraseTokens, phrasePrefixes,
    givenNames: set(lexicon.givenNames), surnames: set(lexicon.surnames),
    particles: set(nameWords.particles), connectors: set(nameWords.connectors),
    orgHeads: set(nameWords.orgHeads), orgStarts: set(nameWords.orgStarts),
    locHeads: set(nameWords.locHeads), locStarts: set(nameWords.locStarts),
    eventHeads: set(nameWords.eventHeads), notNames: set(nameWords.notNames),
    placePrepositions: set(nameWords.placePrepositions), placeNouns: set(nameWords.placeNouns),
    abbreviations,
    roleWords: set([...roles.roles, ...Object.keys(roles.plural)].flatMap((r) => normalizeKey(r).split(' '))),
    pluralRoles: new Map(Object.entries(roles.plural)),
    cueVerbs: set(cues.verbs.filter((v) => !v.includes(' '))),
    cuePhrases: [...cues.phrases, ...cues.verbs.filter((v) => v.includes(' '))].map((p) => p.split(' ')),
    indirectVerbs: set(cues.indirect), objectVerbs: set(cues.objectVerbs), needThat: set(cues.needThat),
    commonWords: set(lexicon.commonWords), verbForms: set(lexicon.verbForms),
    maleNames: set(lexicon.maleNames), femaleNames: set(lexicon.femaleNames),
    pronouns: new Map(Object.entries(cues.pronouns)),
    stopwords: languages, gopherStopwords: set(stopwords.gopher),
    englishStopwords: languages.get('en') ?? new Set<string>(),
    qualityRules: qualityRules.rules as QualityRule[],
    tokenOptions: {
      abbreviations,
      givenNames: set(lexicon.givenNames),
      known: { has: (key: string) => phrases.get(key)?.kind === 'entity' },
    },
  });
  return cached;
}
