import { sanitizeRichText } from './rich-text';

describe('sanitizeRichText', () => {
  it('keeps structure and text', () => {
    expect(
      sanitizeRichText('<h2>Hankintastrategia</h2><p>Tavoitteet <strong>mitattaviksi</strong></p>'),
    ).toBe('<h2>Hankintastrategia</h2><p>Tavoitteet <strong>mitattaviksi</strong></p>');
  });

  it('drops scripts, event handlers and javascript: links', () => {
    const out = sanitizeRichText(
      '<p onclick="steal()">x</p><script>alert(1)</script><a href="javascript:alert(1)">y</a><img src=x onerror=alert(1)>',
    );
    expect(out).not.toMatch(/script|onclick|onerror|javascript:/i);
    expect(out).toContain('<p>x</p>');
  });

  it('opens links in a new tab without giving the opener away', () => {
    expect(sanitizeRichText('<a href="https://www.hankinnat.fi">KEINO</a>')).toBe(
      '<a href="https://www.hankinnat.fi" rel="noopener noreferrer" target="_blank">KEINO</a>',
    );
  });
});
