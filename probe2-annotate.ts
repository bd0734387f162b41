import { tokenize } from './pipeline/stages/annotate/tokenize.ts';
import { loadResources } from './pipeline/stages/annotate/resources.ts';
import { cueAt } from './pipeline/stages/annotate/quotes.ts';
import { phraseBefore } from './pipeline/stages/annotate/speaker.ts';
const res = loadResources();
const t = 'The Russian President cited "a threat to strategic stability as a result of USA\'s unfriendly acts toward Russia." This was';
const toks = tokenize(t, 0, t.length, { abbreviations: res.abbreviations, givenNames: res.givenNames });
console.log(toks.slice(0, 6).map((x) => [x.text, JSON.stringify(x.gap), x.cap]));
console.log(cueAt(toks, 3, res), phraseBefore(toks, 3, 0, res), res.cueVerbs.has('cited'));
