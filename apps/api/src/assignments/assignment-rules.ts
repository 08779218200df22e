import { ASSIGNMENT_MAX_FILE_BYTES, ASSIGNMENT_MEDIA_TYPES, type AssignmentStatus } from '@keino/contracts';

import { assignmentErrors } from './assignments.errors';

/** The team edits its text and files while the work is with them: before a submit, and after a revision request. */
export const isEditable = (status: AssignmentStatus): boolean =>
  status === 'draft' || status === 'revision_requested';

/** Rich text with no words in it (only tags, spaces and non-breaking spaces) counts as empty. */
export function isBlankText(html: string): boolean {
  return (
    html
      .replace(/<[^>]*>/g, ' ')
      .replace(/&nbsp;|\u00a0/g, ' ')
      .trim() === ''
  );
}

/**
 * Whether the content of an upload may be kept: the type comes from the bytes (file-type), never from the name, and
 * the size limit holds. Throws the error the caller answers.
 */
export function checkAttachment(detectedMime: string | undefined, size: number): string {
  if (size > ASSIGNMENT_MAX_FILE_BYTES) throw assignmentErrors.fileTooLarge();
  if (size === 0) throw assignmentErrors.emptyFile();
  if (!detectedMime || !(ASSIGNMENT_MEDIA_TYPES as readonly string[]).includes(detectedMime)) {
    throw assignmentErrors.unsupportedType();
  }
  return detectedMime;
}

/** A file name safe to keep and to put in a Content-Disposition header: no paths, no control characters. */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f && c !== '"')
    .join('')
    .trim()
    .slice(0, 200);
  return cleaned || 'attachment';
}

/** `attachment; filename="…"; filename*=UTF-8''…`: ASCII fallback plus the exact name for browsers that read it. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
