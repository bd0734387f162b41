#!/usr/bin/env node
// Runs the TypeScript command line through tsx's loader (installed as a dependency).
import { register } from 'tsx/esm/api';

register();
await import('../cli.ts');
