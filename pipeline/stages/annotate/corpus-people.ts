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
 * Returns new records with person canonicals linked across the run.
 *
 * @example
 * linkPeople(records) // "Kirby" in one article becomes "John Kirby" named in another
 */
export function linkPeople(records: readonly AnnotatedRecord[]): AnnotatedRecord[] {
  const res = loadResources();
  const chosen = new Map<string, string>();
  for (const r of records) {
    for (const e of r.entities) {
      if (!isFullName(e)) continue;
      const key = variantKey(e.canonical);
      const curated = curatedPerson(e.canonical, res);
      const current = chosen.get(key);
      chosen.set(key, curated ?? (current && curatedPerson(current, res) ? current : current ? better(current, e.canonical) : e.canonical));
    }
  }
  const index = new PersonIndex();
  for (const name of [...new Set(chosen.values())].sort()) index.add(name);
  return records.map((r) => {
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
  });
}
