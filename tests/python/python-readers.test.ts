import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { publishSample } from '../helpers/published.ts';

/**
 * pandas, pyarrow and polars load every published table and agree with the JSONL.
 * Needs a Python with those packages: `.venv/bin/python` (made by `.ci/run`, or by hand:
 * `python3 -m venv .venv && .venv/bin/pip install pyarrow polars pandas`), or NEWSPREP_PYTHON.
 * In CI the interpreter is required; elsewhere the suite says it is not there.
 */
const python = process.env.NEWSPREP_PYTHON ?? fileURLToPath(new URL('../../.venv/bin/python', import.meta.url));
const script = fileURLToPath(new URL('./read_dataset.py', import.meta.url));
const available = existsSync(python);

describe('Python readers', () => {
  it.runIf(available || process.env.CI)('pandas, pyarrow and polars read every table and agree with the JSONL; pyarrow finds the schema descriptions', async () => {
    const dist = await publishSample();
    const out = execFileSync(python, [script, dist], { encoding: 'utf8' });
    const checks = out.trim().split('\n').map((l) => JSON.parse(l) as { reader: string; table: string; ok: boolean });
    expect(checks.length).toBe(9 * 9);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
  }, 120_000);
});

describe('Python readers on a multi-batch Arrow file', () => {
  it.runIf(available || process.env.CI)('polars and pyarrow read an Arrow file of several batches with one dictionary', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { tableToIPC } = await import('apache-arrow');
    const { rowsToArrow } = await import('../../pipeline/publish/arrow-table.ts');
    const { specs } = await import('../helpers/published.ts');
    const rows = Array.from({ length: 10 }, (_, i) => ({ article_id: '0123456789abcdef', start: i, end: i + 1, text: `t${i}`, rule: `rule-${i % 3}`, kind: i % 2 ? 'share' : 'title' }));
    const file = join(mkdtempSync(join(tmpdir(), 'np-batches-')), 'removed.arrow');
    writeFileSync(file, tableToIPC(rowsToArrow(specs.removed, rows, 3), 'file'));
    const code = `import polars as pl, pyarrow.feather as f
t = f.read_table(${JSON.stringify(file)}); p = pl.read_ipc(${JSON.stringify(file)})
print(t.num_rows, p.height, ",".join(p["rule"].to_list()), ",".join(t.column("kind").to_pylist()))`;
    const out = execFileSync(python, ['-c', code], { encoding: 'utf8' }).trim();
    expect(out).toBe(`10 10 ${rows.map((r) => r.rule).join(',')} ${rows.map((r) => r.kind).join(',')}`);
  }, 120_000);
});
