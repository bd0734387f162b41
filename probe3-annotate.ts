import { main } from './pipeline/bench/annotate.ts';
await main(['--docs', '1500']);
