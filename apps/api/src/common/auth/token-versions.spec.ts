import type { AppConfig } from '../../config/app-config';
import {
  MAX_KNOWN_VERSIONS,
  NO_TOKEN_IS_GOOD,
  TokenVersions,
  type TokenVersionSource,
} from './token-versions';

/** A database stand-in that counts its reads and answers when told to. */
function source(versions: Record<string, number | null>) {
  const reads: string[] = [];
  const gate: { open?: () => void } = {};
  let held: Promise<void> | undefined;
  const fake: TokenVersionSource = {
    async tokenVersionOf(userId) {
      reads.push(userId);
      if (held) await held;
      return userId in versions ? versions[userId] : null;
    },
  };
  return {
    fake,
    reads,
    versions,
    hold() {
      held = new Promise((resolve) => (gate.open = resolve));
    },
    release() {
      gate.open?.();
      held = undefined;
    },
  };
}

const config = { redisPrefix: 'test' } as AppConfig;

describe('TokenVersions (the access-token check’s memory)', () => {
  it('reads a person’s version from the database once, then answers from memory', async () => {
    const db = source({ a: 3 });
    const versions = new TokenVersions(config, db.fake);
    expect(versions.current('a')).toBeUndefined();
    expect(await Promise.all([versions.load('a'), versions.load('a')])).toEqual([3, 3]);
    expect(versions.current('a')).toBe(3);
    expect(db.reads).toEqual(['a']);
  });

  it('refuses every token of an unknown or erased person', async () => {
    const versions = new TokenVersions(config, source({ erased: null }).fake);
    expect(await versions.load('erased')).toBe(NO_TOKEN_IS_GOOD);
    expect(versions.current('nobody')).toBeUndefined();
    expect(await versions.load('nobody')).toBe(NO_TOKEN_IS_GOOD);
  });

  it('keeps the larger number whatever order a read and an announcement arrive in', async () => {
    const db = source({ a: 1 });
    const versions = new TokenVersions(config, db.fake);
    db.hold();
    const read = versions.load('a');
    // The raise commits (and is announced) while the read that began before it is still on its way.
    await versions.announce('a', 2);
    db.release();
    expect(await read).toBe(2);
    expect(versions.current('a')).toBe(2);
    versions.witness('a', 1);
    expect(versions.current('a')).toBe(2);
    versions.witness('a', 5);
    expect(versions.current('a')).toBe(5);
  });

  it('holds at most MAX_KNOWN_VERSIONS people, letting the oldest go', async () => {
    const versions = new TokenVersions(config, source({}).fake);
    for (let i = 0; i <= MAX_KNOWN_VERSIONS; i++) versions.witness(`p${i}`, 1);
    expect(versions.current('p0')).toBeUndefined();
    expect(versions.current('p1')).toBe(1);
    expect(versions.current(`p${MAX_KNOWN_VERSIONS}`)).toBe(1);
  });

  it('remembers nothing while a configured Redis is not subscribed: every check reads the database', async () => {
    const db = source({ a: 1 });
    const versions = new TokenVersions({ ...config, redisUrl: 'redis://127.0.0.1:1' }, db.fake);
    expect(await versions.load('a')).toBe(1);
    await versions.announce('a', 2);
    expect(versions.current('a')).toBeUndefined();
    expect(await versions.load('a')).toBe(1);
    expect(db.reads).toEqual(['a', 'a']);
  });

  it('does not keep what a read begun before the subscription found, once the subscription is live', async () => {
    const db = source({ a: 1 });
    const prefix = `test-${process.pid}-${Date.now()}`;
    const versions = new TokenVersions(
      { ...config, redisPrefix: prefix, redisUrl: 'redis://127.0.0.1:6379' },
      db.fake,
    );
    db.hold();
    // Before the subscription: a raise announced now reaches nobody, and the read may have begun before it.
    const read = versions.load('a');
    versions.onModuleInit();
    try {
      await until(
        () => versions.current('b') === 1,
        () => versions.witness('b', 1),
      );
      db.release();
      expect(await read).toBe(1);
      // The stale number is not kept: the next check asks the database again.
      expect(versions.current('a')).toBeUndefined();
    } finally {
      await versions.onModuleDestroy();
    }
  });
});

/** Repeats `step` until `done` holds (the subscription comes up in the background), for at most five seconds. */
async function until(done: () => boolean, step: () => void): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) {
    step();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!done()) throw new Error('The subscription never came up');
}
