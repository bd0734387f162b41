/** Process exit codes (the public contract in DESIGN.md). */
export const EXIT = {
  /** Success. */
  ok: 0,
  /** Usage or configuration error; nothing was read or written. */
  usage: 1,
  /** The run failed; the previous dataset is untouched. */
  failed: 2,
  /** The run published, but some inputs were rejected (see rejects). */
  rejected: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error that maps to an exit code and a one-line message for the user. */
export class NewsprepError extends Error {
  readonly exitCode: ExitCode;
  constructor(exitCode: ExitCode, message: string) {
    super(message);
    this.exitCode = exitCode;
    this.name = 'NewsprepError';
  }
}

/** A usage or configuration error (exit 1). */
export const usageError = (message: string): NewsprepError => new NewsprepError(EXIT.usage, message);
/** A failed run (exit 2). */
export const runError = (message: string): NewsprepError => new NewsprepError(EXIT.failed, message);
