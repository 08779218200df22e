import { HttpErrorResponse } from '@angular/common/http';
import { type ErrorCode, errorCodeOf } from '@keino/contracts';

// An HttpErrorResponse carries the API's answer in `error`; anything else is read as the answer itself.
const bodyOf = (err: unknown): unknown => (err instanceof HttpErrorResponse ? err.error : err);

/** The API's error code of a failed call (or of an error answer's body), or undefined when it sent none. */
export function apiErrorCode(err: unknown): ErrorCode | undefined {
  return errorCodeOf(bodyOf(err));
}

/** The messages of an error answer (the API sends one or a list), or none. */
export function apiErrorMessages(err: unknown): string[] {
  const message = (bodyOf(err) as { message?: unknown } | null)?.message;
  const messages = [message].flat();
  return messages.filter((m): m is string => typeof m === 'string');
}

/** The i18n key of the message for a code (every code in ERROR_CODES has one in fi, sv and en). */
export const errorCodeMessageKey = (code: ErrorCode): string => `errorCodes.${code}`;
