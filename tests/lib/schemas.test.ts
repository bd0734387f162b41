import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SchemaRegistry } from '../../pipeline/lib/schemas.ts';

async function dirWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'np-schemas-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('SchemaRegistry', () => {
  it('compiles every project schema in strict mode', () => {
    const r = SchemaRegistry.load();
    for (const id of ['newsprep:config', 'newsprep:tables/articles', 'newsprep:stages/clean', 'newsprep:stages/segment', 'newsprep:stages/dedup', 'newsprep:stages/annotate']) {
      expect(typeof r.validator(id)).toBe('function');
    }
  });

  it.each([
    ['not JSON', { 'a.schema.json': '{' }, /schemas\/a\.schema\.json: not valid JSON/],
    ['no $id', { 'a.schema.json': '{"type": "object"}' }, /schemas\/a\.schema\.json: missing \$id/],
    ['an unknown keyword (strict mode)', { 'a.schema.json': '{"$id": "x:a", "type": "object", "propertiez": {}}' }, /strict mode: unknown keyword: "propertiez"/],
    ['a dangling $ref', { 'a.schema.json': '{"$id": "x:a", "$ref": "x:missing"}' }, /can't resolve reference x:missing/],
  ])('a schema with %s fails fast with exit 1 naming it', async (_n, files, message) => {
    const dir = await dirWith(files);
    expect(() => SchemaRegistry.load(dir)).toThrow(message);
    try { SchemaRegistry.load(dir); } catch (e) { expect((e as { exitCode: number }).exitCode).toBe(1); }
  });
});
