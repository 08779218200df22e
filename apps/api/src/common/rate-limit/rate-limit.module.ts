import { Global, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';

import { APP_CONFIG, AppConfig } from '../../config/app-config';

export const LOGIN_LIMITS = {
  // The per-address limit comes from LOGIN_LIMIT_PER_ADDRESS (default 20).
  perAddress: { limit: 20, ttl: 60_000 },
  // Per account: enough for a person (or a team sharing a demo account) signing in now and then, far too few to guess.
  perAccount: { limit: 10, ttl: 60_000 },
};

/**
 * Rate limits, counted in Redis when REDIS_URL is set (so several instances share them), in the process otherwise.
 * Routes opt in with @UseGuards(ThrottlerGuard).
 */
@Global()
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [
          { name: 'address', ...LOGIN_LIMITS.perAddress, limit: config.loginLimitPerAddress },
          {
            name: 'account',
            ...LOGIN_LIMITS.perAccount,
            // Per account, whatever address the attempts come from.
            getTracker: (req: { body?: { email?: unknown } }) =>
              typeof req.body?.email === 'string' ? req.body.email.trim().toLowerCase() : 'unknown',
          },
        ],
        errorMessage: 'Too many attempts, try again in a minute',
        storage: config.redisUrl ? new ThrottlerStorageRedisService(config.redisUrl) : undefined,
      }),
    }),
  ],
  exports: [ThrottlerModule],
})
export class RateLimitModule {}
