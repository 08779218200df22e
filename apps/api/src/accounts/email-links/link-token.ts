import { createHash, randomBytes } from 'node:crypto';

/** A link's secret (only ever in the email) and what is stored of it. */
export interface LinkToken {
  token: string;
  hash: string;
}

/** SHA-256, hex: a stolen table holds no working link. */
export const hashLinkToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** 256 random bits, URL-safe. */
export function newLinkToken(): LinkToken {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashLinkToken(token) };
}
