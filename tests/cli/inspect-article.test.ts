import { copyFile, cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inspectArticle } from '../../pipeline/cli/inspect-article.ts';
import { publishSampleRun } from '../helpers/sample-run.ts';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const SEED_002 = '002_4734f408bfd39219.txt';

describe('inspect on seed 002 of the committed dist/', async () => {
  const out = await inspectArticle(DIST, SEED_002, { input: SEEDS });
  const section = (name: string): string => out.slice(out.indexOf(`## ${name}`)).split('\n## ')[0];

  it('finds the article by source or id and shows its metadata', async () => {
    expect(out).toContain('# U.S. Threatens To End Diplomatic Talks With Russia On Syria If Aleppo Offensive Continues');
    expect(out).toContain('authors ["Baran Hines"]');
    expect(await inspectArticle(DIST, 'ce67f0194ecdc18e', { input: SEEDS })).toBe(out);
  });

  it('shows the raw text with the removed bio and licence lines marked with their rules', () => {
    const raw = section('raw text');
    expect(raw).toContain('[-Baran Hines writes for ActivistPost.com. He is the founder of WTFRLY.com, where you can read more of his work.-]{author-bio}');
    expect(raw).toContain('[-This article may be reposted in part or in full with author attribution and source link.-]{licence-phrase}');
    expect(raw).toContain('[-By Baran Hines-]{byline}');
    expect(raw).toContain('\nThe United States announced it is prepared'); // kept text is not marked
    expect(section('clean: removed')).toMatch(/author-bio by author-bio: Baran Hines writes for/);
    expect(section('clean: removed')).toMatch(/licence by licence-phrase: This article may be reposted/);
  });

  it('shows its 12 comments (14 declared), replies with their parents', () => {
    const comments = section('comments').split('\n').filter((l) => l.startsWith('  #'));
    expect(section('comments').split('\n')[0]).toBe('## comments (12 found, 14 declared)');
    expect(comments).toHaveLength(12);
    expect(comments.filter((l) => l.includes('reply to #'))).toHaveLength(5);
    expect(comments.find((l) => l.includes('deplorableCellaphaneman'))).toMatch(/2016-09-30T05:36/);
  });

  it('shows sentences, entities, quotes and duplicate links', () => {
    expect(section('segment: sentences').split('\n').filter((l) => l.startsWith('  p'))).toHaveLength(13);
    expect(section('annotate: entities')).toContain('PERSON "John Kirby" -> John Kirby');
    expect(section('annotate: quotes')).toMatch(/John Kirby/);
    expect(section('deduplicate')).toContain('no other input is a copy of this article');
  });
});

describe('inspect, other cases', () => {
  it('reads the raw text from the input folder the last run recorded, lists copies, shows duplicates and rejects', async () => {
    const { dist } = await publishSampleRun();
    const kept = await inspectArticle(dist, 'wire-copy.txt');
    expect(kept).toMatch(/000_0de4903d27fcfa0d\.txt \(d96dfe62d559c2cb\) is a duplicate \(exact/);
    expect(kept).toContain('[-Reposted from the wire-]');
    expect(await inspectArticle(dist, 'd96dfe62d559c2cb')).toMatch(/^000_0de4903d27fcfa0d\.txt: duplicate \(exact, similarity 1\.000\) of /);
    expect(await inspectArticle(dist, 'boilerplate-only.txt')).toMatch(/rejected at clean by no-article-body/);
  });

  it('says why when the raw text cannot be shown, and reads it from --input', async () => {
    const { dist, input } = await publishSampleRun();
    const elsewhere = await mkdtemp(join(tmpdir(), 'np-inspect-'));
    await cp(dist, join(elsewhere, 'copied'), { recursive: true });
    expect(await inspectArticle(join(elsewhere, 'copied'), SEED_002)).toMatch(/no run on this folder here left a record of its inputs; pass --input DIR/);
    expect(await inspectArticle(dist, SEED_002, { input: elsewhere })).toMatch(/cannot be read \(ENOENT\); pass --input DIR/);
    await mkdir(join(elsewhere, 'in'));
    await writeFile(join(elsewhere, 'in', SEED_002), 'edited since the run');
    expect(await inspectArticle(dist, SEED_002, { input: join(elsewhere, 'in') })).toMatch(/no longer holds input ce67f0194ecdc18e/);
    await copyFile(join(input, SEED_002), join(elsewhere, 'in', SEED_002));
    expect(await inspectArticle(dist, SEED_002, { input: join(elsewhere, 'in') })).toContain('{author-bio}');
    expect(await readFile(join(elsewhere, 'in', SEED_002), 'utf8')).toContain('Baran Hines');
  });

  it('an unknown id is a usage error', async () => {
    await expect(inspectArticle(DIST, 'ffffffffffffffff')).rejects.toMatchObject({ exitCode: 1 });
  });
});
