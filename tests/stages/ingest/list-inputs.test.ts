import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPath } from '../../../pipeline/stages/ingest/ingest-path.ts';
import { listInputs } from '../../../pipeline/stages/ingest/list-inputs.ts';

describe('listInputs', () => {
  it('lists files recursively in byte order of their relative path, skipping hidden ones', async () => {
    const root = await mkdtemp(join(tmpdir(), 'np-list-'));
    for (const p of ['b.txt', 'a/z.html', 'a/B.htm', 'C.jsonl', '.hidden.txt', 'notes.md']) {
      await mkdir(join(root, p, '..'), { recursive: true });
      await writeFile(join(root, p), 'x');
    }
    const files = await listInputs(root);
    expect(files.map((f) => [f.source, f.format])).toEqual([
      ['C.jsonl', 'jsonl'], ['a/B.htm', 'html'], ['a/z.html', 'html'], ['b.txt', 'txt'], ['notes.md', null],
    ]);
  });

  it('a missing input folder is a usage error naming it', async () => {
    await expect(listInputs('/nonexistent/np-input')).rejects.toMatchObject({ exitCode: 1, message: expect.stringContaining('/nonexistent/np-input does not exist') });
  });

  it('an unreadable file and an unsupported ending are rejects, not exceptions', async () => {
    const root = await mkdtemp(join(tmpdir(), 'np-bad-'));
    await symlink(join(root, 'missing-target'), join(root, 'dangling.txt'));
    await writeFile(join(root, 'notes.md'), '# notes');
    const files = await listInputs(root);
    const results = await Promise.all(files.map(ingestPath));
    expect(results.map((r) => r.outcomes.map((o) => (o.ok ? 'ok' : `${o.reject.source}:${o.reject.rule}`)))).toEqual([
      ['dangling.txt:unreadable-file'], ['notes.md:unsupported-format'],
    ]);
  });
});

describe('listInputs with an output folder inside the input', () => {
  it('leaves the excluded folder out', async () => {
    const root = await mkdtemp(join(tmpdir(), 'np-excl-'));
    await mkdir(join(root, 'dist'));
    await writeFile(join(root, 'a.txt'), 'x');
    await writeFile(join(root, 'dist', 'articles.jsonl'), '{}');
    expect((await listInputs(root, [join(root, 'dist')])).map((f) => f.source)).toEqual(['a.txt']);
    expect((await listInputs(root)).map((f) => f.source)).toEqual(['a.txt', 'dist/articles.jsonl']);
  });
});
