/**
 * Corpus-level person linking, run over all annotated records of a run:
 * 1. spelling variants of a full name merge to one canonical (the form most
 *    mentioned in the run, then the longest, then the first in code-point
 *    order): "Bashar Assad" / "Bashar al-Assad", "Sergey" / "Sergei";
 * 2. a surname alone ("Kirby") that no full name of its own article explains
 *    links to the one full name of the run that ends with it.
 * Quote speakers follow their entities. Deterministic: input order does not matter.
 */
import type { AnnotatedRecord } from '../../lib/types.ts';
import { normalizeKey } from './normalize-key.ts';
import { PersonIndex } from './people.ts';
import { loadResources } from './resources.ts';

/** Key under which spelling variants of a person's name meet. */
export function variantKey(name: string): string {
  const particles = loadResources().particles;
  return normalizeKey(name).split(' ')
    .filter((w, i, all) => w.length > 1 && !(particles.has(w) && i < all.length - 1))
    .map((w) => w.replace(/y/g, 'i').replace(/(.)\1+/g, '$1'))
    .join(' ');
}

/**
 * Returns new records with person canonicals linked across the run.
 *
 * @example
 * linkPeople(records) // "Kirby" in one article becomes "John Kirby" named in another
 */
export function linkPeople(records: readonly AnnotatedRecord[]): AnnotatedRecord[] {
  const counts = new Map<string, Map<string, number>>();
  for (const r of records) {
    for (const e of r.entities) {
      if (e.label !== 'PERSON' || !e.canonical.includes(' ')) continue;
      const key = variantKey(e.canonical);
      const forms = counts.get(key) ?? new Map<string, number>();
      forms.set(e.canonical, (forms.get(e.canonical) ?? 0) + 1);
      counts.set(key, forms);
    }
  }
  const rename = new Map<string, string>();
  const index = new PersonIndex();
  for (const key of [...counts.keys()].sort()) {
    const forms = [...counts.get(key)!.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const best = forms[0]![0];
    for (const [form] of forms) rename.set(form, best);
    index.add(best);
  }
  return records.map((r) => {
    const own = new Set(r.entities.filter((e) => e.label === 'PERSON' && e.canonical.includes(' ')).map((e) => e.canonical));
    const local = new Map<string, string>();
    const entities = r.entities.map((e) => {
      if (e.label !== 'PERSON') return e;
      let canonical = rename.get(e.canonical) ?? e.canonical;
      if (!canonical.includes(' ') && ![...own].some((n) => n.endsWith(` ${canonical}`))) canonical = index.resolve(canonical) ?? canonical;
      if (canonical !== e.canonical) local.set(e.canonical, canonical);
      return canonical === e.canonical ? e : { ...e, canonical };
    });
    const speaker = (s: string | null): string | null => (s === null ? s : local.get(s) ?? rename.get(s) ?? s);
    const quotes = r.quotes.map((q) => (speaker(q.speaker) === q.speaker ? q : { ...q, speaker: speaker(q.speaker) }));
    return { ...r, entities, quotes };
  });
}
