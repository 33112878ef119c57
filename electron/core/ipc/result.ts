/**
 * What every IPC call returns. Raw exceptions never cross to the renderer:
 * the dispatcher turns each failure into one of these codes and a sentence
 * a person can read.
 */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  /** The disk or the data folder refused (full, read-only, locked, gone): nothing acknowledged was lost. */
  | 'storage'
  | 'unknown_channel'
  | 'internal';

export interface IpcError {
  code: ErrorCode;
  message: string;
  /** Field-level messages, keyed by the dotted path of the field. */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: IpcError };

/**
 * Thrown by domain code for failures the person should hear about
 * ("that application no longer exists"). Anything else becomes `internal`.
 */
export class DomainError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'internal' | 'unknown_channel' | 'forbidden'>,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
