import { describe, expect, it } from 'vitest';
import { SchemaRegistry } from '../../pipeline/lib/schemas.ts';
import { drop, keep, type DocStage } from '../../pipeline/lib/stage.ts';
import type { RejectRow } from '../../pipeline/lib/types.ts';
import { applyStage, prepareStage } from '../../pipeline/runner/apply-stage.ts';
import { Counters } from '../../pipeline/runner/counters.ts';

const registry = SchemaRegistry.load();
interface Doc { id: string; source: string }

/** A stage whose output is a rejects-table row, so the table schema checks it. */
const stage = (fn: (d: Doc) => ReturnType<ReturnType<DocStage<Doc, unknown, null>['create']>>): DocStage<Doc, unknown, null> => ({
  name: 'probe', version: '1', inputSchema: 'newsprep:stages/ingest', outputSchema: 'newsprep:tables/rejects', create: () => fn,
});

describe('applyStage', () => {
  const doc: Doc = { id: '0123456789abcdef', source: 'a.txt' };

  it.each([
    ['a valid record is kept', stage((d) => keep({ id: d.id, source: d.source, stage: 'clean', rule: 'r', message: 'm' })), null],
    ['a diagnostic becomes a reject with its rule id', stage(() => drop('no-article-body', 'only boilerplate')), { rule: 'no-article-body', message: 'a.txt: only boilerplate' }],
    ['an invalid record becomes a reject with the schema path and message', stage((d) => keep({ id: d.id, source: d.source, stage: 'nowhere', rule: 'r', message: 'm' })),
      { rule: 'schema-invalid', message: 'a.txt: probe output fails newsprep:tables/rejects at /stage: must be equal to one of the allowed values' }],
    ['an exception becomes a reject, not a crash', stage(() => { throw new Error('boom'); }), { rule: 'stage-error', message: 'a.txt: probe failed: boom' }],
  ])('%s', (_name, s, expected) => {
    const counters = new Counters();
    const rejects: RejectRow[] = [];
    const out = applyStage(prepareStage(s, null, registry), doc, counters, rejects);
    if (expected === null) {
      expect(out).not.toBeNull();
      expect(counters.toJSON()).toEqual({ probe: { total: 1, kept: 1 } });
    } else {
      expect(out).toBeNull();
      expect(rejects).toEqual([{ id: doc.id, source: 'a.txt', stage: 'probe', ...expected }]);
      expect(counters.toJSON().probe).toEqual({ total: 1, kept: 0, [`dropped_${expected.rule.replace(/-/g, '_')}`]: 1 });
    }
  });
});
