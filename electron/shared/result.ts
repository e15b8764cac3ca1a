// A serialisable success-or-failure, so errors survive IPC (Electron only forwards
// an Error's message through `invoke`) and reach the UI with a French message.
export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };

export interface AppError {
  /** Stable machine-readable code, e.g. "catalogue-missing". */
  code: string;
  /** Message shown to the user, in French. */
  message: string;
  /** Technical detail for the log, never required to understand the message. */
  detail?: string;
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (code: string, message: string, detail?: string): Result<never> => ({
  ok: false,
  error: detail === undefined ? { code, message } : { code, message, detail },
});
