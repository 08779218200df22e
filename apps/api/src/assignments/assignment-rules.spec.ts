import {
  checkAttachment,
  cleanFileName,
  contentDisposition,
  isBlankText,
  isEditable,
} from './assignment-rules';

describe('assignment rules', () => {
  it('lets the team edit a draft and a version sent back, not one under review or approved', () => {
    expect(isEditable('draft')).toBe(true);
    expect(isEditable('revision_requested')).toBe(true);
    expect(isEditable('submitted')).toBe(false);
    expect(isEditable('approved')).toBe(false);
  });

  it('counts markup without words as blank text', () => {
    expect(isBlankText('')).toBe(true);
    expect(isBlankText('<p></p><p>&nbsp; </p>')).toBe(true);
    expect(isBlankText('<p>Suunnitelma</p>')).toBe(false);
  });

  it('accepts the allowed types detected from content and refuses the rest with 415', () => {
    expect(checkAttachment('application/pdf', 10)).toBe('application/pdf');
    expect(checkAttachment('application/x-cfb', 10)).toBe('application/x-cfb');
    expect(() => checkAttachment(undefined, 10)).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_TYPE' }),
    );
    expect(() => checkAttachment('application/zip', 10)).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_TYPE', status: 415 }),
    );
  });

  it('refuses a file over 20 MB with 413 and an empty one with 400', () => {
    expect(checkAttachment('image/png', 20 * 1024 * 1024)).toBe('image/png');
    expect(() => checkAttachment('image/png', 20 * 1024 * 1024 + 1)).toThrow(
      expect.objectContaining({ code: 'FILE_TOO_LARGE', status: 413 }),
    );
    expect(() => checkAttachment('image/png', 0)).toThrow(expect.objectContaining({ code: 'EMPTY_FILE' }));
  });

  it('keeps only the base name of an upload, without control characters or quotes', () => {
    expect(cleanFileName('C:\\Users\\x\\suunnitelma.pdf')).toBe('suunnitelma.pdf');
    expect(cleanFileName('../../etc/"passwd"\n')).toBe('passwd');
    expect(cleanFileName(undefined)).toBe('attachment');
  });

  it('writes a Content-Disposition with an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('Hankintalinjaus ä.pdf')).toBe(
      `attachment; filename="Hankintalinjaus a.pdf"; filename*=UTF-8''Hankintalinjaus%20%C3%A4.pdf`,
    );
  });
});
