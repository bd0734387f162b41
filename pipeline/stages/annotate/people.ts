/**
 * Canonical person names: within an article a short form links to the full
 * name ("Kerry" -> "John Kerry"), spelling variants go through the curated
 * alias table, and middle initials are dropped ("John F. Kerry" -> "John Kerry").
 */
import { normalizeKey } from './normalize-key.ts';
import type { Resources } from './resources.ts';

const INITIAL = /^\p{Lu}\.?$/u;
const ARTICLE_PREFIX = /^(?:al|el|ad|as|ash|an|ar) /;

/** Drops middle initials: "John F. Kerry" -> "John Kerry" (a leading initial stays: "J. Smith"). */
export function dropMiddleInitials(name: string): string {
  const words = name.split(/\s+/);
  if (words.length < 3) return name;
  return words.filter((w, i) => i === 0 || i === words.length - 1 || !INITIAL.test(w)).join(' ');
}

/** Matching key of a surname: "al-Assad" and "Assad" share "assad". */
export function surnameKey(word: string): string {
  return normalizeKey(word).replace(ARTICLE_PREFIX, '');
}

/** Curated canonical of a person name, or null. */
export function curatedPerson(name: string, res: Resources): string | null {
  for (const candidate of [name, dropMiddleInitials(name)]) {
    const phrase = res.phrases.get(normalizeKey(candidate));
    if (phrase?.kind === 'entity' && phrase.label === 'PERSON') return phrase.canonical;
  }
  return null;
}

/** Canonical of a full (multi-word) person name. */
export function canonicalPerson(name: string, res: Resources): string {
  return curatedPerson(name, res) ?? dropMiddleInitials(name);
}

/**
 * Surname key -> canonical full names, in insertion order. Built from the full
 * names of one article (or from known people given by a corpus pre-pass).
 */
export class PersonIndex {
  private readonly bySurname = new Map<string, string[]>();

  /** Registers a canonical full name under its last word. */
  add(canonical: string): void {
    const words = canonical.split(/\s+/);
    if (words.length < 2) return;
    const key = surnameKey(words[words.length - 1]!);
    const list = this.bySurname.get(key) ?? [];
    if (!list.includes(canonical)) list.push(canonical);
    this.bySurname.set(key, list);
  }

  /** The one full name with this surname, or null when none or ambiguous. */
  resolve(surname: string): string | null {
    const list = this.bySurname.get(surnameKey(surname));
    return list && list.length === 1 ? list[0]! : null;
  }

  /** All full names with this surname. */
  candidates(surname: string): readonly string[] {
    return this.bySurname.get(surnameKey(surname)) ?? [];
  }
}
