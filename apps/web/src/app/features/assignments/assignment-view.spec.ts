import { HttpErrorResponse } from '@angular/common/http';

import { errorKey, fileRefusal, fileSize, isBlank } from './assignment-view';

describe('assignment view helpers', () => {
  const failure = (status: number, code?: string) =>
    new HttpErrorResponse({ status, error: code ? { code, statusCode: status } : null });

  it('names an API error by its code, and anything unknown as a general failure', () => {
    expect(errorKey(failure(415, 'UNSUPPORTED_TYPE'))).toBe('UNSUPPORTED_TYPE');
    expect(errorKey(failure(409, 'ASSIGNMENT_EMPTY'))).toBe('ASSIGNMENT_EMPTY');
    expect(errorKey(failure(413))).toBe('FILE_TOO_LARGE');
    expect(errorKey(failure(0))).toBe('offline');
    expect(errorKey(failure(500, 'INTERNAL'))).toBe('failed');
    expect(errorKey(new Error('x'))).toBe('failed');
  });

  it('refuses empty files and files over 20 MB before uploading', () => {
    expect(fileRefusal({ size: 0 })).toBe('EMPTY_FILE');
    expect(fileRefusal({ size: 20 * 1024 * 1024 })).toBeNull();
    expect(fileRefusal({ size: 20 * 1024 * 1024 + 1 })).toBe('FILE_TOO_LARGE');
  });

  it('shows sizes in kB or MB in the language’s format', () => {
    expect(fileSize(300, 'en')).toBe('1 kB');
    expect(fileSize(2_500_000, 'fi')).toBe('2,4 MB');
    // English as written in Finland (en-FI), like every number of the app.
    expect(fileSize(2_500_000, 'en')).toBe('2,4 MB');
  });

  it('counts markup without words as blank', () => {
    expect(isBlank('<p></p>')).toBe(true);
    expect(isBlank('<p>&nbsp;</p>')).toBe(true);
    expect(isBlank('<p>Linjaus</p>')).toBe(false);
  });
});
