import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../pipeline/gen/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'newsprep-gen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gen cli', () => {
  it('writes sharded .txt files and the truth file outside the input folder', async () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const code = await main(['--articles', '120', '--out', join(dir, 'corpus'), '--seed', '3', '--shard-size', '50']);
    out.mockRestore();
    expect(code).toBe(0);
    expect(readdirSync(join(dir, 'corpus')).sort()).toEqual(['shard-0000', 'shard-0001', 'shard-0002']);
    expect(readdirSync(join(dir, 'corpus', 'shard-0002'))).toHaveLength(20);
    const truth = JSON.parse(readFileSync(join(dir, 'corpus.truth.json'), 'utf8'));
    expect(truth.seed).toBe(3);
    expect(Object.keys(truth.clusters)).toHaveLength(120);
    expect(truth.clusters['shard-0000/0000000.txt']).toBe('c0');
    expect(existsSync(join(dir, 'corpus', 'shard-0000', '0000000.txt'))).toBe(true);
  });

  it('writes byte-identical corpora for the same seed', async () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    await main(['--articles', '30', '--out', join(dir, 'a'), '--truth', join(dir, 'a.json')]);
    await main(['--articles', '30', '--out', join(dir, 'b'), '--truth', join(dir, 'b.json')]);
    out.mockRestore();
    const file = join('shard-0000', '0000029.txt');
    expect(readFileSync(join(dir, 'a', file), 'utf8')).toBe(readFileSync(join(dir, 'b', file), 'utf8'));
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(readFileSync(join(dir, 'b.json'), 'utf8'));
  });

  it('returns 1 on usage errors', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await main(['--out', dir])).toBe(1);
    expect(await main(['--articles', 'zero', '--out', dir])).toBe(1);
    err.mockRestore();
  });
});
