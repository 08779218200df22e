import { randomInt } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so a code read from paper is typed back without ambiguity.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 20; // 20 × 5 = 100 random bits; API.md asks for at least 80.
const CANONICAL = new RegExp(`^[${ALPHABET}]{${LENGTH}}$`);

/** A fresh code from the operating system's CSPRNG, in its canonical form (20 characters, no dashes). */
export function newCertificateCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** As printed and shown: four groups of five, e.g. `7K3QW-…`. */
export function formatCertificateCode(canonical: string): string {
  return canonical.match(/.{5}/g)?.join('-') ?? canonical;
}

/**
 * What a person typed back to its canonical form, or null when it cannot be a code: any case, dashes and spaces
 * ignored, and the letters Crockford's alphabet leaves out read as the digits they look like.
 */
export function parseCertificateCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return CANONICAL.test(code) ? code : null;
}
