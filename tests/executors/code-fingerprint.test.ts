import { describe, expect, it } from 'vitest';
import { codeFingerprint } from '../../pipeline/executors/code-fingerprint.ts';

describe('codeFingerprint', () => {
  it('is stable for the same folders and differs for other folders', () => {
    const a = codeFingerprint(['lib', 'stages/segment']);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(codeFingerprint(['lib', 'stages/segment'])).toBe(a);
    expect(codeFingerprint(['lib', 'stages/clean'])).not.toBe(a);
    expect(codeFingerprint(['lib'])).not.toBe(a);
  });
});
