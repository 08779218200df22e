import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';

import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AppError } from '../errors/app-error';
import { AttemptStore, MemoryAttemptStore, RedisAttemptStore } from './attempt-store';

const MINUTE = 60_000;

export const LOGIN_LIMITS = {
  /**
   * Failed sign-ins per minute from one address, whoever they name; LOGIN_LIMIT_PER_ADDRESS (default 100). Far above
   * what a room of people who mistype now and then reaches, since successful sign-ins never count.
   */
  perAddress: { limit: 100, ttl: MINUTE },
  /**
   * Consecutive failures on one account (from any address) before it waits: then 1 minute, doubling with each
   * further failure up to an hour. A success clears them; a quiet day forgets them.
   */
  perAccount: { limit: 10, firstWaitMs: MINUTE, longestWaitMs: 60 * MINUTE, forgetAfterMs: 24 * 60 * MINUTE },
};

const accountKey = (email: string) => `login:failures:account:${email}`;
const lockKey = (email: string) => `login:wait:account:${email}`;
const addressKey = (address: string) => `login:failures:address:${address}`;

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

function tooManyAttempts(waitMs: number): AppError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new AppError('TOO_MANY_REQUESTS', `Too many failed sign-ins, try again in ${seconds} s`);
}

/** The wait after the n-th consecutive failure on an account (none below the limit). */
export function accountWaitMs(failures: number): number {
  const { limit, firstWaitMs, longestWaitMs } = LOGIN_LIMITS.perAccount;
  if (failures < limit) return 0;
  return Math.min(longestWaitMs, firstWaitMs * 2 ** Math.min(failures - limit, 16));
}

/**
 * Sign-in limiting that counts failures only: per account with a wait growing with consecutive failures, per address
 * with a much higher bound. Shared through Redis when REDIS_URL is set.
 */
@Injectable()
export class LoginAttemptsService implements OnModuleDestroy {
  private readonly store: AttemptStore;
  private readonly perAddressLimit: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.store = config.redisUrl
      ? new RedisAttemptStore(config.redisUrl, `${config.redisPrefix}:`)
      : new MemoryAttemptStore();
    this.perAddressLimit = config.loginLimitPerAddress;
  }

  /** Refuses (429 TOO_MANY_REQUESTS) before the password is even checked, while the account or address waits. */
  async assertMayTry(email: string, address: string): Promise<void> {
    // Sent together, so every sign-in waits for one Redis round trip here, not three.
    const [accountWait, addressFailures, addressWait] = await Promise.all([
      this.store.remainingMs(lockKey(normalizeEmail(email))),
      this.store.count(addressKey(address)),
      this.store.remainingMs(addressKey(address)),
    ]);
    if (accountWait > 0) throw tooManyAttempts(accountWait);
    if (addressFailures >= this.perAddressLimit) throw tooManyAttempts(addressWait);
  }

  async recordFailure(email: string, address: string): Promise<void> {
    const account = normalizeEmail(email);
    const [failures] = await Promise.all([
      this.store.increment(accountKey(account), LOGIN_LIMITS.perAccount.forgetAfterMs, true),
      this.store.increment(addressKey(address), LOGIN_LIMITS.perAddress.ttl, false),
    ]);
    const wait = accountWaitMs(failures);
    if (wait > 0) await this.store.mark(lockKey(account), wait);
  }

  /** A success ends the account's run of failures; the address's count is left alone (others may be guessing). */
  async recordSuccess(email: string): Promise<void> {
    const account = normalizeEmail(email);
    await this.store.delete(accountKey(account), lockKey(account));
  }

  onModuleDestroy(): Promise<void> {
    return this.store.close();
  }
}
