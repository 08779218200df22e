import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';

import { APP_CONFIG, AppConfig } from '../../config/app-config';

/** Where a person's current token version is read on a miss: the accounts module, which owns it. */
export interface TokenVersionSource {
  /** The version, or null when there is no such person or they were erased. */
  tokenVersionOf(userId: string): Promise<number | null>;
}

export const TOKEN_VERSION_SOURCE = Symbol('TOKEN_VERSION_SOURCE');

/** No token of an unknown or erased person is good, whatever version it carries. */
export const NO_TOKEN_IS_GOOD = Number.POSITIVE_INFINITY;

/** About 100 bytes an entry: at most some 5 MB however many people sign in. */
export const MAX_KNOWN_VERSIONS = 50_000;

/**
 * Each person's current token version, as this process knows it, so that checking an access token costs a Map
 * lookup and no database round trip: a miss reads the database once (concurrent misses share that read), and the
 * map keeps at most MAX_KNOWN_VERSIONS people (the oldest entry goes first). Versions only ever grow, so every
 * update keeps the larger number, whatever order a read and a message arrive in.
 *
 * Several instances (REDIS_URL set) learn of each other's raises through Redis pub/sub. A message sent while this
 * process was not subscribed is lost, so the map is only used while the subscription is live: it is emptied when
 * the connection drops, and until it is back every check reads the database (slower, never wrong).
 */
@Injectable()
export class TokenVersions implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(TokenVersions.name);
  private readonly known = new Map<string, number>();
  private readonly loading = new Map<string, Promise<number>>();
  /** Bumped whenever the map is emptied or starts being used, so that a read begun before cannot store what it found. */
  private generation = 0;
  private live: boolean;
  private readonly channel: string;
  private publisher?: Redis;
  private subscriber?: Redis;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(TOKEN_VERSION_SOURCE) private readonly source: TokenVersionSource,
  ) {
    this.channel = `${config.redisPrefix}:token-versions`;
    this.live = !config.redisUrl;
  }

  onModuleInit(): void {
    const url = this.config.redisUrl;
    if (!url) return;
    this.publisher = new Redis(url, { maxRetriesPerRequest: 2 });
    this.subscriber = new Redis(url, { autoResubscribe: false, maxRetriesPerRequest: null });
    this.publisher.on('error', (error: Error) =>
      this.logger.warn(`Redis (token versions): ${error.message}`),
    );
    this.subscriber.on('error', (error: Error) =>
      this.logger.warn(`Redis (token versions): ${error.message}`),
    );
    this.subscriber.on('message', (_channel: string, message: string) => this.receive(message));
    this.subscriber.on('close', () => this.forget());
    // In the background, as the rate limits and reminders do: a Redis that is down never stops the API starting.
    this.subscriber.on('ready', () => {
      this.subscriber?.subscribe(this.channel).then(
        () => {
          // A read begun before the subscription may have missed a raise announced before it: it must not store.
          this.generation++;
          this.live = true;
        },
        (error: Error) => this.logger.warn(`Token versions not subscribed: ${error.message}`),
      );
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.subscriber?.removeAllListeners('close');
    await Promise.allSettled([this.publisher?.quit(), this.subscriber?.quit()]);
  }

  /** What this process knows of the person's version; undefined when the database must be asked (load). */
  current(userId: string): number | undefined {
    return this.known.get(userId);
  }

  /** The person's version from the database, kept for the next check. */
  load(userId: string): Promise<number> {
    const pending = this.loading.get(userId);
    if (pending) return pending;
    const generation = this.generation;
    const read = this.source
      .tokenVersionOf(userId)
      .then((version) => {
        const found = version ?? NO_TOKEN_IS_GOOD;
        if (generation === this.generation) this.remember(userId, found);
        return Math.max(found, this.known.get(userId) ?? 0);
      })
      .finally(() => this.loading.delete(userId));
    this.loading.set(userId, read);
    return read;
  }

  /**
   * A version a signed token carries: the database held at least that much when the token was made, so a number
   * this process missed heals here.
   */
  witness(userId: string, version: number): void {
    this.remember(userId, version);
  }

  /** After a raise committed: this process knows it at once, every other instance through Redis. */
  async announce(userId: string, version: number): Promise<void> {
    this.remember(userId, version);
    if (!this.publisher) return;
    try {
      await this.publisher.publish(this.channel, `${userId} ${version}`);
    } catch (error) {
      // The others keep the old number until their connection drops or a newer token shows them the new one.
      this.logger.error(`Token version of ${userId} not announced: ${(error as Error).message}`);
    }
  }

  private receive(message: string): void {
    const [userId, text] = message.split(' ');
    const version = Number(text);
    if (userId && Number.isInteger(version)) this.remember(userId, version);
  }

  private remember(userId: string, version: number): void {
    if (!this.live) return;
    const before = this.known.get(userId);
    if (before !== undefined && before >= version) return;
    if (before === undefined && this.known.size >= MAX_KNOWN_VERSIONS) {
      const oldest = this.known.keys().next();
      if (!oldest.done) this.known.delete(oldest.value);
    }
    this.known.set(userId, version);
  }

  private forget(): void {
    this.live = false;
    this.generation++;
    this.known.clear();
  }
}
