import { MemoryAttemptStore } from './attempt-store';
import { accountWaitMs, LOGIN_LIMITS } from './login-attempts.service';

const { limit, firstWaitMs, longestWaitMs } = LOGIN_LIMITS.perAccount;

describe('sign-in waits', () => {
  it('lets an account fail below the limit without waiting, then doubles the wait up to the longest', () => {
    expect(accountWaitMs(limit - 1)).toBe(0);
    expect(accountWaitMs(limit)).toBe(firstWaitMs);
    expect(accountWaitMs(limit + 1)).toBe(2 * firstWaitMs);
    expect(accountWaitMs(limit + 2)).toBe(4 * firstWaitMs);
    expect(accountWaitMs(limit + 40)).toBe(longestWaitMs);
  });

  it('counts in a fixed window, or one that slides with every failure', async () => {
    jest.useFakeTimers({ now: 0 });
    const store = new MemoryAttemptStore();
    await store.increment('fixed', 1000, false);
    await store.increment('sliding', 1000, true);
    jest.setSystemTime(900);
    expect(await store.increment('fixed', 1000, false)).toBe(2);
    expect(await store.increment('sliding', 1000, true)).toBe(2);
    jest.setSystemTime(1500);
    expect(await store.count('fixed')).toBe(0);
    expect(await store.count('sliding')).toBe(2);
    jest.useRealTimers();
  });
});
