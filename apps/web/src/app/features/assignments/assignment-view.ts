import { HttpErrorResponse } from '@angular/common/http';
import { ASSIGNMENT_MAX_FILE_BYTES } from '@keino/contracts';

import { apiErrorCode } from '../../core/http/api-error';
import { type FormatLanguage, formatFileSize } from '../../core/i18n/local-format';

/** Error codes the pages explain in words; anything else is a general failure. */
const KNOWN = new Set([
  'UNSUPPORTED_TYPE',
  'FILE_TOO_LARGE',
  'EMPTY_FILE',
  'ASSIGNMENT_LOCKED',
  'ASSIGNMENT_EMPTY',
  'COMMENT_REQUIRED',
  'NOT_SUBMITTED',
  'NO_ORGANIZATION',
  'ENROLLMENT_NOT_ACTIVE',
]);

/** The i18n key (under `assignment.errors`) for a failed call: by the API's code, never by its message. */
export function errorKey(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) return 'offline';
    const code = apiErrorCode(error);
    if (code && KNOWN.has(code)) return code;
    // A proxy may refuse a large upload before the API sees it.
    if (error.status === 413) return 'FILE_TOO_LARGE';
  }
  return 'failed';
}

/** Checked in the browser before uploading, so a large file is refused at once; the type is checked by the server. */
export function fileRefusal(file: { size: number }): string | null {
  if (file.size === 0) return 'EMPTY_FILE';
  if (file.size > ASSIGNMENT_MAX_FILE_BYTES) return 'FILE_TOO_LARGE';
  return null;
}

/** A file size in kB or MB, with the locale's decimal separator. */
export function fileSize(bytes: number, language: FormatLanguage): string {
  return formatFileSize(bytes, language);
}

/** Rich text with no words in it counts as empty (the server says the same). */
export function isBlank(html: string): boolean {
  return (
    html
      .replace(/<[^>]*>/g, ' ')
      .replace(/&nbsp;|\u00a0/g, ' ')
      .trim() === ''
  );
}
