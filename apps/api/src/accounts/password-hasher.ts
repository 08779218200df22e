import { randomBytes } from 'node:crypto';
import { argon2id, argon2Verify } from 'hash-wasm';

// argon2id in WebAssembly: no native build, so it installs and runs alike on every platform.
// Parameters: OWASP's recommendation for argon2id (19 MiB, 2 passes, 1 lane).
const PARAMS = { memorySize: 19_456, iterations: 2, parallelism: 1, hashLength: 32 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2id({ ...PARAMS, password, salt: randomBytes(16), outputType: 'encoded' });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  // hash-wasm refuses an empty password by throwing; an empty password simply does not match.
  if (password.length === 0) return false;
  return argon2Verify({ hash, password });
}
