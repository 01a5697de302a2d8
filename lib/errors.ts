/** The one error type of the domain: a code for programs, a Vietnamese message for people. */
export type DomainErrorCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'invalid_transition'
  | 'conflict'
  | 'invalid_input'
  | 'too_large'
  | 'unsupported_type'
  | 'rate_limited'
  | 'closed';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** The form fields the refusal is about, for the form to show under each (same shape as zod's). */
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function isDomainError(err: unknown): err is DomainError {
  return err instanceof DomainError;
}
