import { NewsprepError, runError } from '../lib/exit-codes.ts';

/**
 * The run error (exit 2) a failed publish reports: a full disk as such, another file system
 * error with its code, a run error as it was raised, anything else as a publishing failure;
 * each says the target is unchanged.
 *
 * @example
 * throw publishError(error, '.dist.staging-1', 'dist'); // 'disk full while writing .dist.staging-1 (ENOSPC); dist is unchanged'
 */
export function publishError(error: unknown, staging: string, target: string): NewsprepError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return runError(`disk full while writing ${staging} (ENOSPC); ${target} is unchanged`);
  if (code) return runError(`cannot write ${staging} (${code}: ${(error as Error).message}); ${target} is unchanged`);
  if (error instanceof NewsprepError) return error;
  return runError(`publishing failed: ${(error as Error).message}; ${target} is unchanged`);
}
