import type { Prng } from './prng.ts';
import {
  CITIES, COUNTRIES, DAYS, FIRST_NAMES, GENERIC_NOUNS, LAST_NAMES, MONTHS, NUM_UNITS, ORGANIZATIONS, ROLES, SAY_VERBS,
  TIME_PHRASES, TOPICS, type Topic,
} from './word-bank.ts';

/** A person in a story. */
export interface Person { first: string; last: string; role: string }

/** Who and what a story is about; hard negatives share it with another story. */
export interface Cast {
  topic: Topic;
  people: Person[];
  countries: string[];
  cities: string[];
  organization: string;
  subject: string;
}

/** A generated story: headline and body paragraphs. */
export interface Story { title: string; paragraphs: string[] }

/** Picks the people, places and subject of a new story. */
export function pickCast(rng: Prng): Cast {
  const topic = rng.pick(TOPICS);
  const people = Array.from({ length: rng.int(2, 4) }, () => ({ first: rng.pick(FIRST_NAMES), last: rng.pick(LAST_NAMES), role: rng.pick(ROLES) }));
  return {
    topic, people, countries: rng.shuffle(COUNTRIES).slice(0, 2), cities: rng.shuffle(CITIES).slice(0, 2),
    organization: rng.pick(ORGANIZATIONS), subject: rng.pick(topic.nouns),
  };
}

/**
 * Sentence templates. Slots: {P} a person's full name with role, {L} a
 * surname, {C} country, {CITY}, {ORG}, {N} topic noun, {S} the story subject,
 * {PL} plural noun, {A} adjective, {V} verb, {VP} past verb, {G} group,
 * {T} time phrase, {NUM} number, {U} unit, {SAY} speech verb, {GN} generic noun.
 */
const STATEMENTS = [
  '{P} {VP} the {A} {S} {T}, a move that {ORG} said could {V} {NUM} {U}.',
  '{ORG} {VP} the {S} {T} after {G} in {CITY} {VP} {NUM} {PL}.',
  'Officials in {CITY} {VP} a {A} {N} {T}, saying {G} had little choice.',
  'The {S} came after {A} {PL} between {C} and {C} over the {GN}.',
  'About {NUM} {U} were {VP} in {CITY} {T}, according to {ORG}.',
  'It was not clear whether {C} would {V} the {N} before the {GN} in {MONTH}.',
  '{G} in {CITY} {VP} the {GN}, arguing it would {V} the {A} {N} for years.',
  '{L} {SAY} that {C} was ready to {V} the {S} if {G} {VP} the {A} {N}.',
  'Critics {SAY} the {GN} ignored {A} {PL} and left {G} without a {N}.',
  'The {A} {N} in {CITY} has {VP} {NUM} {U} since {MONTH}, {ORG} {SAY}.',
  'Under the {GN}, {C} would {V} {A} {PL} while {G} {V} the {N}.',
  '{P} met {L} in {CITY} {T} to discuss the {A} {S} and the {GN} on {PL}.',
  'Neither side {VP} the {A} {N}, and {G} {SAY} talks on {PL} would resume {T}.',
  'Last year {C} {VP} a similar {N}, which {G} blamed for {A} {PL} in {CITY}.',
  'The {GN} to {V} {PL} drew {A} criticism from {G} and from {ORG}.',
  'Analysts {SAY} the {S} would {V} {A} {PL} in {C} well into {MONTH}.',
  '{ORG} has {VP} {NUM} {U} to {V} the {N}, far less than {G} had sought.',
  'In {CITY}, {G} {VP} {A} {PL} as the {S} entered its {ORD} day.',
  'The dispute over the {S} is the latest in a series of {A} {PL} involving {C}.',
  'A {A} {GN} on the {N} is expected {T}, {L} {SAY}.',
] as const;

const QUOTES = [
  'We will not {V} the {N} while {G} continue to {V} {PL}',
  'This is not a {GN} that was taken lightly',
  'The {S} is {A}, and everyone in {CITY} knows it',
  'Nobody wants to {V} the {N}, but we have run out of options',
  'Our priority is to {V} {PL} and to protect {G}',
  '{C} has made its position on the {N} very clear',
  'There is no {A} solution to the {S}',
  'We expect {ORG} to {V} its {PL} within {NUM} days',
] as const;

const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'tenth', 'twelfth', 'twentieth'] as const;

/** Fills the slots of one template. */
function fill(rng: Prng, cast: Cast, template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    const t = cast.topic;
    switch (slot) {
      case 'P': {
        const p = rng.pick(cast.people);
        return rng.chance(0.5) ? `${p.role} ${p.first} ${p.last}` : `${p.first} ${p.last}, the ${p.role},`;
      }
      case 'L': return rng.pick(cast.people).last;
      case 'C': return rng.pick(cast.countries);
      case 'CITY': return rng.pick(cast.cities);
      case 'ORG': return rng.chance(0.6) ? cast.organization : rng.pick(ORGANIZATIONS);
      case 'N': return rng.pick(t.nouns);
      case 'S': return cast.subject;
      case 'PL': return rng.pick(t.plurals);
      case 'A': return rng.pick(t.adjectives);
      case 'V': return rng.pick(t.verbs);
      case 'VP': return rng.pick(t.pastVerbs);
      case 'G': return rng.pick(t.groups);
      case 'T': return fill(rng, cast, rng.pick(TIME_PHRASES));
      case 'NUM': return String(rng.chance(0.5) ? rng.int(2, 99) : rng.int(100, 25000));
      case 'U': return rng.pick(NUM_UNITS);
      case 'SAY': return rng.pick(SAY_VERBS);
      case 'GN': return rng.pick(GENERIC_NOUNS);
      case 'DAY': return rng.pick(DAYS);
      case 'MONTH': return rng.pick(MONTHS);
      case 'DATE': return String(rng.int(1, 28));
      case 'PLURAL': return rng.pick(t.plurals);
      case 'ORD': return rng.pick(ORDINALS);
      default: return slot;
    }
  });
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Optional sentence openers and tails: multiply the template combinations. */
const OPENERS = [
  'On {DAY}, ', 'Meanwhile, ', 'In {CITY}, ', 'By {MONTH}, ', 'As a result, ', 'However, ', 'According to {ORG}, ',
  'For now, ', 'Still, ', 'Earlier, ', 'In a separate development, ', 'Speaking in {CITY}, {L} said ', 'At the same time, ',
] as const;
const TAILS = [
  ', officials said', ' amid {A} {PL}', ' despite {PL} from {G}', ', {ORG} said', ' in {CITY}', ', according to {L}',
  ' as {G} looked on', ' for the {ORD} time', ', two sources said', ' without giving details', ' late into the night',
] as const;

/** One sentence: a statement (mostly) or an attributed quotation. */
function sentence(rng: Prng, cast: Cast): string {
  if (rng.chance(0.2)) {
    const q = capitalise(fill(rng, cast, rng.pick(QUOTES)));
    const who = rng.pick(cast.people);
    return rng.chance(0.5) ? `“${q},” ${who.last} ${rng.pick(SAY_VERBS)}.` : `“${q},” said ${who.first} ${who.last}, the ${who.role}.`;
  }
  let core = rng.pick(STATEMENTS) as string;
  if (rng.chance(0.4)) core = core.slice(0, -1) + rng.pick(TAILS) + '.';
  if (rng.chance(0.35)) core = rng.pick(OPENERS) + core.charAt(0).toLowerCase() + core.slice(1);
  return capitalise(fill(rng, cast, core));
}

/** A paragraph of 1–4 sentences. */
export function paragraph(rng: Prng, cast: Cast): string {
  return Array.from({ length: rng.int(1, 4) }, () => sentence(rng, cast)).join(' ');
}

/** A headline in title case. */
export function headline(rng: Prng, cast: Cast): string {
  const title = fill(rng, cast, rng.pick([
    '{C} and {C} {V} {A} {S} in {CITY}', '{L} says {C} will {V} the {S}', '{A} {S} leaves {G} in {CITY} waiting',
    '{ORG} moves to {V} {PL} as {S} drags on', 'Talks on {S} stall as {G} {V} {PL}', '{C} to {V} {N} after {A} {GN}',
  ]));
  return title.split(' ').map((w) => (w.length > 3 || /^[A-Z]/.test(w) ? capitalise(w) : w)).join(' ');
}

/** A story of about `words` words (whole paragraphs). */
export function writeStory(rng: Prng, cast: Cast, words: number): Story {
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const p = paragraph(rng, cast);
    paragraphs.push(p);
    count += p.split(' ').length;
  }
  return { title: headline(rng, cast), paragraphs };
}
