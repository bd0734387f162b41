/**
 * Regenerates `lexicon.json` from the word lists that ship inside compromise
 * (given names, surnames, countries, regions, cities, demonyms, organisations).
 *
 * The snapshot is committed so the annotate stage does not load compromise at
 * run time and its output does not drift with compromise upgrades.
 *
 * @example
 * npx tsx pipeline/stages/annotate/data/build-lexicon.ts
 */
import nlp from 'compromise';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** compromise lexicon tag -> key in lexicon.json. */
const TAGS = {
  MaleName: 'givenNames', FemaleName: 'givenNames', FirstName: 'givenNames',
  LastName: 'surnames', Country: 'countries', Region: 'regions', City: 'cities',
  Demonym: 'demonyms', Organization: 'organizations',
} as const;
type Key = (typeof TAGS)[keyof typeof TAGS];

/** Tags of ordinary words: a capitalised run made of such words is rarely a person's name. */
const COMMON = new Set(['Singular', 'Plural', 'Adjective', 'Infinitive', 'PastTense', 'PresentTense', 'Gerund', 'Adverb',
  'Uncountable', 'Comparative', 'Superlative', 'Participle', 'Actor', 'Noun', 'Verb', 'Preposition', 'Conjunction', 'Determiner']);
const NAMES = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person']);

const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } })
  .model().one.lexicon;
const out: Record<Key, Set<string>> = {
  givenNames: new Set(), surnames: new Set(), countries: new Set(), regions: new Set(),
  cities: new Set(), demonyms: new Set(), organizations: new Set(),
};
const common = new Set<string>();
/** Inflected verb forms ("failed", "signing", "says"): poor keywords. */
const VERB_FORMS = new Set(['PastTense', 'Gerund', 'PresentTense', 'Participle']);
const verbForms = new Set<string>();
/** Given names by gender, for pronoun resolution ("she" is not "Edward"). Names tagged both ways are left out. */
const male = new Set<string>();
const female = new Set<string>();
for (const [word, tags] of Object.entries(lexicon)) {
  const list = Array.isArray(tags) ? tags : [tags];
  if (/^[a-z]+$/.test(word) && list.some((t) => COMMON.has(t)) && !list.some((t) => NAMES.has(t))) common.add(word);
  if (/^[a-z]+$/.test(word) && list.some((t) => VERB_FORMS.has(t))) verbForms.add(word);
  if (list.includes('MaleName') && !list.includes('FemaleName')) male.add(word);
  if (list.includes('FemaleName') && !list.includes('MaleName')) female.add(word);
  for (const tag of list) {
    const key = (TAGS as Record<string, Key>)[tag];
    // Organisation abbreviations such as "co" or "inc" are suffixes, not names.
    if (key && !(key === 'organizations' && word.length < 3)) out[key].add(word);
  }
}
const json: Record<string, unknown> = { source: 'compromise 14 lexicon (lower case)' };
for (const [key, words] of Object.entries(out)) json[key] = [...words].sort();
json.commonWords = [...common].sort();
json.verbForms = [...verbForms].sort();
json.maleNames = [...male].sort();
json.femaleNames = [...female].sort();
writeFileSync(fileURLToPath(new URL('./lexicon.json', import.meta.url)), JSON.stringify(json, null, 0).replace(/\],/g, '],\n') + '\n');
