import { closePasswordHasher, hashPassword, verifyPassword } from './password-hasher';

// Made by the hasher before it moved to worker threads (hash-wasm on the event loop): stored hashes keep verifying.
const EARLIER_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$vRR0X4rb9V0VZihEnaNmGw$09sWtp17QPiN0oJPTGOQR4m1IKf+cK5PAMKZkCSrnjQ';

describe('password hashing', () => {
  afterAll(() => closePasswordHasher());

  it('stores an argon2id hash that verifies the right password only', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(hash).not.toContain('correct horse');
    await expect(verifyPassword(hash, 'correct horse battery')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'correct horse batterY')).resolves.toBe(false);
    // The WebAssembly verifier throws on an empty password; for us it is just a wrong one (found by fast-check).
    await expect(verifyPassword(hash, '')).resolves.toBe(false);
  });

  it('verifies a hash stored before hashing moved to worker threads', async () => {
    await expect(verifyPassword(EARLIER_HASH, 'made before the pool')).resolves.toBe(true);
    await expect(verifyPassword(EARLIER_HASH, 'made after the pool')).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'));
  });

  it('hashes several at once, and starts its threads again after closing', async () => {
    const hashes = await Promise.all(['a1', 'b2', 'c3', 'd4'].map((p) => hashPassword(p)));
    await expect(
      Promise.all(hashes.map((h, i) => verifyPassword(h, ['a1', 'b2', 'c3', 'd4'][i]))),
    ).resolves.toEqual([true, true, true, true]);
    await closePasswordHasher();
    await expect(verifyPassword(hashes[0], 'a1')).resolves.toBe(true);
  });

  it('rejects a malformed stored hash instead of answering', async () => {
    await expect(verifyPassword('not an argon2 hash', 'x')).rejects.toThrow();
  });
});
