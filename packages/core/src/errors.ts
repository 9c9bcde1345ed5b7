/**
 * The error for a bad input: it names the input, says what is wrong and what is valid.
 * Actions throw it before any side effect, and the runner wrapper turns it into a failed step.
 */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly problem: string,
    readonly expected: string,
  ) {
    super(`input '${input}': ${problem}; expected ${expected}`);
    this.name = 'InputError';
  }
}

/** Raised when the run is cancelled (SIGINT/SIGTERM from the runner) or its own timeout fires. */
export class CancelledError extends Error {
  constructor(reason = 'the run was cancelled') {
    super(reason);
    this.name = 'CancelledError';
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
