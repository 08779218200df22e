import Redis from 'ioredis';

/**
 * Counters that expire, for the sign-in limits: in the process, or in Redis when REDIS_URL is set so that every
 * instance counts the same failures.
 */
export interface AttemptStore {
  /** Adds one and answers the new count; `slide` restarts the expiry at every add, otherwise it runs from the first. */
  increment(key: string, ttlMs: number, slide: boolean): Promise<number>;
  count(key: string): Promise<number>;
  /** A mark that lasts ttlMs. */
  mark(key: string, ttlMs: number): Promise<void>;
  /** How long the mark has left, 0 when there is none. */
  remainingMs(key: string): Promise<number>;
  delete(...keys: string[]): Promise<void>;
  close(): Promise<void>;
}

interface Entry {
  count: number;
  expiresAt: number;
}

/** Beyond this many keys the expired ones are swept: a burst of made-up emails must not grow the map for ever. */
const SWEEP_ABOVE = 10_000;

export class MemoryAttemptStore implements AttemptStore {
  private readonly entries = new Map<string, Entry>();

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private sweep(): void {
    if (this.entries.size <= SWEEP_ABOVE) return;
    const now = Date.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }

  increment(key: string, ttlMs: number, slide: boolean): Promise<number> {
    const entry = this.live(key);
    const now = Date.now();
    const next: Entry = entry
      ? { count: entry.count + 1, expiresAt: slide ? now + ttlMs : entry.expiresAt }
      : { count: 1, expiresAt: now + ttlMs };
    this.entries.set(key, next);
    this.sweep();
    return Promise.resolve(next.count);
  }

  count(key: string): Promise<number> {
    return Promise.resolve(this.live(key)?.count ?? 0);
  }

  mark(key: string, ttlMs: number): Promise<void> {
    this.entries.set(key, { count: 1, expiresAt: Date.now() + ttlMs });
    this.sweep();
    return Promise.resolve();
  }

  remainingMs(key: string): Promise<number> {
    const entry = this.live(key);
    return Promise.resolve(entry ? entry.expiresAt - Date.now() : 0);
  }

  delete(...keys: string[]): Promise<void> {
    for (const key of keys) this.entries.delete(key);
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

// One round trip, and the expiry is set in the same step as the count (a crash between them cannot leave a counter
// that never expires).
const INCREMENT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 or ARGV[2] == '1' then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n`;

export class RedisAttemptStore implements AttemptStore {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 2 });
  }

  async increment(key: string, ttlMs: number, slide: boolean): Promise<number> {
    const n = await this.redis.eval(INCREMENT, 1, this.prefix + key, ttlMs, slide ? '1' : '0');
    return Number(n);
  }

  async count(key: string): Promise<number> {
    return Number((await this.redis.get(this.prefix + key)) ?? 0);
  }

  async mark(key: string, ttlMs: number): Promise<void> {
    await this.redis.set(this.prefix + key, '1', 'PX', ttlMs);
  }

  async remainingMs(key: string): Promise<number> {
    return Math.max(0, await this.redis.pttl(this.prefix + key));
  }

  async delete(...keys: string[]): Promise<void> {
    if (keys.length > 0) await this.redis.del(...keys.map((key) => this.prefix + key));
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}
