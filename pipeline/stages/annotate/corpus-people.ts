/**
 * Corpus-level person linking, run over all annotated records of a run:
 * 1. spelling variants of a full name merge to one canonical: the curated
 *    alias when there is one, else the longest form, then the first in
 *    code-point order ("Bashar Assad" / "Bashar al-Assad", "Sergey" / "Sergei");
 * 2. a one-word person mention ("Kirby") that no full name of its own article
 *    explains links to the one full name of the run that ends with it.
 * Quote speakers follow their entities. The result depends only on the set of
 * records and is the same when some of them were linked before (a run that
 * publishes the corpus in two parts gives what one run gives).
 */
import type { AnnotatedRecord, Entity } from '../../lib/types.ts';
import { normalizeKey } from './normalize-key.ts';
import { curatedPerson, PersonIndex, surnameKey } from './people.ts';
import { loadResources } from './resources.ts';

/** Key under which spelling variants of a person's name meet. */
export function variantKey(name: string): string {
  const particles = loadResources().particles;
  return normalizeKey(name).split(' ')
    .filter((w, i, all) => w.length > 1 && !(particles.has(w) && i < all.length - 1))
    .map((w) => w.replace(/y/g, 'i').replace(/(.)\1+/g, '$1'))
    .join(' ');
}

/** The preferred of two forms: longer, then first in code-point order (a total order, so the choice composes). */
const better = (a: string, b: string): string => (a.length !== b.length ? (a.length > b.length ? a : b) : a < b ? a : b);

const isFullName = (e: Entity): boolean => e.label === 'PERSON' && e.canonical.includes(' ');
const isOneWord = (e: Entity): boolean => e.label === 'PERSON' && !/\s/.test(e.text);

/**
 * The corpus-wide half of linking, fed one record at a time (in id order, so the choice never
 * depends on how the run was split): for each spelling-variant key, the name every variant
 * becomes. Holds one entry per distinct full name, not the records.
 *
 * @example
 * const chooser = new PeopleChooser();
 * for (const r of records) chooser.add(r.entities);
 * const links = chooser.links(); // then linkRecord(r, links) for each record
 */
export class PeopleChooser {
  private readonly chosen = new Map<string, string>();
  private readonly res = loadResources();

  /** Takes the full-name PERSON entities of one record. */
  add(entities: readonly Entity[]): void {
    for (const e of entities) if (isFullName(e)) this.addName(e.canonical);
  }

  /** Takes one full name (a PERSON canonical with a space). */
  addName(canonical: string): void {
    const key = variantKey(canonical);
    const curated = curatedPerson(canonical, this.res);
    const current = this.chosen.get(key);
    this.chosen.set(key, curated ?? (current && curatedPerson(current, this.res) ? current : current ? better(current, canonical) : canonical));
  }

  /** The links for `linkRecord`. */
  links(): PeopleLinks {
    return linksFrom(this.chosen);
  }

  /** The choices so far (variant key -> name), e.g. to send to workers. */
  entries(): Array<[string, string]> {
    return [...this.chosen];
  }
}

/** Links from the choices of a `PeopleChooser` (variant key -> name), e.g. received by a worker. */
export function linksFrom(chosen: ReadonlyMap<string, string>): PeopleLinks {
  const index = new PersonIndex();
  for (const name of [...new Set(chosen.values())].sort()) index.add(name);
  return { chosen, index };
}

/** What `PeopleChooser` decided: variant key -> chosen name, and the index of chosen full names. */
export interface PeopleLinks {
  chosen: ReadonlyMap<string, string>;
  index: PersonIndex;
}

/** The full-name PERSON canonicals of a record (what `PeopleChooser.addName` takes). */
export const fullNames = (r: Pick<AnnotatedRecord, 'entities'>): string[] => r.entities.filter(isFullName).map((e) => e.canonical);

/** One record with person canonicals linked by the run's choices (see `linkPeople`). */
export function linkRecord(r: AnnotatedRecord, links: PeopleLinks): AnnotatedRecord {
  const res = loadResources();
  const { chosen, index } = links;
  const rename = (name: string): string => (name.includes(' ') ? chosen.get(variantKey(name)) ?? name : name);
  const own = r.entities.filter((e) => isFullName(e) && !isOneWord(e)).map((e) => rename(e.canonical));
  const local = new Map<string, string>();
  const entities = r.entities.map((e) => {
    if (e.label !== 'PERSON') return e;
    let canonical = rename(e.canonical);
    if (isOneWord(e)) {
      // Recomputed from the words written, so linking twice changes nothing.
      const key = surnameKey(e.text);
      const mine = own.filter((n) => surnameKey(n.split(' ').pop()!) === key);
      canonical = mine.length > 0 ? (mine.includes(canonical) ? canonical : mine[mine.length - 1]!)
        : curatedPerson(e.text, res) ?? index.resolve(e.text) ??
          // A full name the run does not hold came from the knownPeople option: keep it.
          (canonical.includes(' ') && !index.candidates(e.text).includes(canonical) ? canonical : e.text);
    }
    if (canonical !== e.canonical) local.set(e.canonical, canonical);
    return canonical === e.canonical ? e : { ...e, canonical };
  });
  const speaker = (s: string | null): string | null => (s === null ? s : local.get(s) ?? rename(s));
  const quotes = r.quotes.map((q) => (speaker(q.speaker) === q.speaker ? q : { ...q, speaker: speaker(q.speaker) }));
  return { ...r, entities, quotes };
}

/**
 * Returns new records with person canonicals linked across the run.
 *
 * @example
 * linkPeople(records) // "Kirby" in one article becomes "John Kirby" named in another
 */
export function linkPeople(records: readonly AnnotatedRecord[]): AnnotatedRecord[] {
  const chooser = new PeopleChooser();
  for (const r of records) chooser.add(r.entities);
  const links = chooser.links();
  return records.map((r) => linkRecord(r, links));
}
