import { randomBytes } from 'node:crypto';

import { SecretBox } from './secret-box';

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32));

  it('opens what it sealed, and never writes the secret in the clear', () => {
    const sealed = box.seal('client secret ünïcode', 'row-1');
    expect(sealed).not.toContain('client secret');
    expect(sealed).toMatch(/^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect(box.open(sealed, 'row-1')).toBe('client secret ünïcode');
  });

  it('seals the same secret differently each time (a fresh IV)', () => {
    expect(box.seal('same', 'row-1')).not.toBe(box.seal('same', 'row-1'));
  });

  it('refuses another row, another key and a changed ciphertext', () => {
    const sealed = box.seal('secret', 'row-1');
    expect(() => box.open(sealed, 'row-2')).toThrow();
    expect(() => new SecretBox(randomBytes(32)).open(sealed, 'row-1')).toThrow();
    const [v, iv, tag, body] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(() => box.open([v, iv, tag, flipped.toString('base64url')].join('.'), 'row-1')).toThrow();
    expect(() => box.open('plain text', 'row-1')).toThrow('Not a sealed secret');
  });

  it('takes only a 32-byte key', () => {
    expect(() => new SecretBox(randomBytes(16))).toThrow();
  });
});
