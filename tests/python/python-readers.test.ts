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
  it.runIf(available || process.env.CI)('pandas, pyarrow and polars read every table and agree with the JSONL', async () => {
    const dist = await publishSample();
    const out = execFileSync(python, [script, dist], { encoding: 'utf8' });
    const checks = out.trim().split('\n').map((l) => JSON.parse(l) as { reader: string; table: string; ok: boolean });
    expect(checks.length).toBe(9 * 7);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
  }, 120_000);
});
