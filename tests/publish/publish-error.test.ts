import { describe, expect, it } from 'vitest';
import { runError, usageError } from '../../pipeline/lib/exit-codes.ts';
import { publishError } from '../../pipeline/publish/publish-error.ts';

const errno = (code: string, message: string): NodeJS.ErrnoException => Object.assign(new Error(message), { code });

describe('publishError', () => {
  it.each<[string, unknown, string]>([
    ['a full disk', errno('ENOSPC', 'no space left on device'), 'disk full while writing .dist.staging-1 (ENOSPC); dist is unchanged'],
    ['another file system error', errno('EACCES', 'permission denied'), 'cannot write .dist.staging-1 (EACCES: permission denied); dist is unchanged'],
    ['a run error', runError('entities.jsonl: row 3 fails schema; dist is unchanged'), 'entities.jsonl: row 3 fails schema; dist is unchanged'],
    ['anything else', new Error('wasm trap'), 'publishing failed: wasm trap; dist is unchanged'],
  ])('%s', (_name, error, message) => {
    const e = publishError(error, '.dist.staging-1', 'dist');
    expect(e).toMatchObject({ exitCode: 2, message });
  });

  it('keeps the exit code of a newsprep error it is given', () => {
    expect(publishError(usageError('bad flag'), 's', 't').exitCode).toBe(1);
  });
});
