import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { HttpErrorResponse } from '@angular/common/http';
import { ERROR_CODES } from '@keino/contracts';

import { apiErrorCode, apiErrorMessages, errorCodeMessageKey } from './api-error';

const LANGUAGES = ['fi', 'sv', 'en'] as const;
const I18N = join(__dirname, '../../../../public/i18n');

function lookup(dictionary: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], dictionary);
}

describe('apiErrorCode', () => {
  it('reads the code of an HttpErrorResponse, of a body, or nothing', () => {
    const answer = new HttpErrorResponse({
      status: 409,
      error: { statusCode: 409, code: 'EMAIL_TAKEN', message: 'x' },
    });
    expect(apiErrorCode(answer)).toBe('EMAIL_TAKEN');
    expect(apiErrorCode({ code: 'NOT_FOUND' })).toBe('NOT_FOUND');
    expect(
      apiErrorCode(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') })),
    ).toBeUndefined();
    expect(
      apiErrorCode(new HttpErrorResponse({ status: 502, error: '<html>Bad gateway</html>' })),
    ).toBeUndefined();
    expect(apiErrorCode({ code: 'SOMETHING_ELSE' })).toBeUndefined();
    expect(apiErrorCode(null)).toBeUndefined();
  });

  it('reads one message or a list', () => {
    expect(
      apiErrorMessages(new HttpErrorResponse({ status: 400, error: { message: ['a x', 'b y'] } })),
    ).toEqual(['a x', 'b y']);
    expect(apiErrorMessages({ message: 'one' })).toEqual(['one']);
    expect(apiErrorMessages(null)).toEqual([]);
  });
});

describe.each(LANGUAGES)('error code messages in %s', (language) => {
  const dictionary: unknown = JSON.parse(readFileSync(join(I18N, `${language}.json`), 'utf8'));

  it('has a message for every code in ERROR_CODES', () => {
    const missing = ERROR_CODES.filter((code) => {
      const message = lookup(dictionary, errorCodeMessageKey(code));
      return typeof message !== 'string' || message.trim() === '';
    });
    expect(missing).toEqual([]);
  });
});
