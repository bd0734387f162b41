/**
 * Vitest global setup: every temporary folder the tests (and the pipeline
 * processes they start) create goes under one fresh root, removed when the
 * run ends, so a test run leaves nothing behind in the system's temp folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'newsprep-tests-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
