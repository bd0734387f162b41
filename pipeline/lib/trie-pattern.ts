interface Node {
  end: boolean;
  next: Map<string, Node>;
}

const escape = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

function source(node: Node): string {
  const branches = [...node.next.keys()].sort().map((c) => escape(c) + source(node.next.get(c)!));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  // a group, or a single (escaped) character, takes the "?" as it is
  return branches.length > 1 || /^\\?.$/u.test(body) ? `${body}?` : `(?:${body})?`;
}

/**
 * A regular-expression source matching any of `words` (as substrings), with
 * their common prefixes factored into a trie ("abonn(?:e|ez-vous|é)…"): the
 * engine then tries one branch per first character instead of every word in
 * turn, which keeps a test over a long line cheap when the list is long.
 * Words are split into code points and taken as they are (no case folding).
 *
 * @example
 * trieSource(['cookie', 'cookies', 'copy']) // 'co(?:okies?|py)'
 */
export function trieSource(words: Iterable<string>): string {
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    if (!w) continue;
    let node = root;
    for (const c of w) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return source(root);
}
