import { Global, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';

import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { LoginAttemptsService } from './login-attempts.service';

export { LOGIN_LIMITS } from './login-attempts.service';

/**
 * Rate limits, counted in Redis when REDIS_URL is set (so several instances share them), in the process otherwise.
 * The throttler counts every attempt per minute from one address (LOGIN_LIMIT_PER_ADDRESS) on the routes that opt in
 * with @UseGuards(ThrottlerGuard): password change, certificate check, registration (its own bound). Sign-in is not
 * among them: it counts failures only (LoginAttemptsService), so a room of people behind one address signs in.
 */
@Global()
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ name: 'address', ttl: 60_000, limit: config.loginLimitPerAddress }],
        errorMessage: 'Too many attempts, try again in a minute',
        storage: config.redisUrl ? new ThrottlerStorageRedisService(config.redisUrl) : undefined,
      }),
    }),
  ],
  providers: [LoginAttemptsService],
  exports: [ThrottlerModule, LoginAttemptsService],
})
export class RateLimitModule {}
