import { readFileSync } from 'node:fs';
import { annotateStage, annotateDefaults, assignKeywords } from './pipeline/stages/annotate/index.ts';
import { makeRecord } from './tests/stages/annotate/make-record.ts';
const fx = JSON.parse(readFileSync('tests/fixtures/annotate/seeds.json', 'utf8'));
const run = annotateStage.create(annotateDefaults);
const recs = fx.articles.map((a: any) => { const r = run(makeRecord(a)); if (!r.ok) throw new Error(r.diagnostic.message); return r.value; });
const out = assignKeywords(recs, {});
for (const r of out) {
  if (process.argv[2] && !r.id.endsWith(process.argv[2])) continue;
  console.log('=====', r.id, r.language, r.language_confidence, r.quality_flags.join(','), r.keywords.join(', '));
  console.log(r.entities.map((e) => `${e.text}[${e.label}${e.canonical !== e.text ? '=' + e.canonical : ''}${e.role ? ' role=' + e.role : ''}${e.normalized ? ' ' + e.normalized : ''}]`).join('  '));
  for (const q of r.quotes) console.log(`  Q(${q.kind}) ${q.text.slice(0, 70)} | speaker=${q.speaker} | mention=${q.speaker_mention} | cue=${q.cue}`);
}
