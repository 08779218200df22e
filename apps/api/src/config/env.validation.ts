import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

/** Every variable of API.md "Running the server". The app refuses to start when one is wrong. */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(({ value }: { value: unknown }) => (value === undefined ? value : Number(value)))
  @IsInt({ message: 'PORT must be an integer between 0 and 65535' })
  @Min(0, { message: 'PORT must be an integer between 0 and 65535' })
  @Max(65535, { message: 'PORT must be an integer between 0 and 65535' })
  PORT = 3000;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = './.data';

  @Transform(toBoolean)
  @IsBoolean({ message: 'DEMO_DATA must be true or false' })
  DEMO_DATA = false;

  @IsOptional()
  @IsEmail({}, { message: 'ADMIN_EMAIL must be an email address' })
  ADMIN_EMAIL?: string;

  @IsOptional()
  @MinLength(12, { message: 'ADMIN_PASSWORD must be at least 12 characters' })
  ADMIN_PASSWORD?: string;

  @IsOptional()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  // The key that encrypts secrets kept in the database (identity providers' client secrets): 32 bytes, as 64 hex
  // digits or base64. Without it a key is derived from JWT_SECRET, so changing JWT_SECRET then loses those secrets.
  @IsOptional()
  @Matches(/^(?:[0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=?|[A-Za-z0-9_-]{43})$/, {
    message: 'SECRETS_KEY must be 32 bytes as 64 hex digits or base64',
  })
  SECRETS_KEY?: string;

  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL?: string;

  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// URL' })
  SMTP_URL?: string;

  // Namespaces the scheduled jobs' Redis keys, so several deployments (or test runs) can share one Redis.
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'REDIS_PREFIX must be 1-64 letters, digits, _ or -' })
  REDIS_PREFIX = 'keino';

  // Whether this process runs the day's reminders by itself (a BullMQ scheduler or an hourly check); admins can always
  // run them from the outbox. Off in tests, which start them when they want.
  @Transform(toBoolean)
  @IsBoolean({ message: 'REMINDERS_SCHEDULE must be true or false' })
  REMINDERS_SCHEDULE = true;

  // The address people open the app at; links in emails (verification, password reset, notifications) start with it.
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, {
    message: 'PUBLIC_URL must be an http(s):// address without query or fragment',
  })
  PUBLIC_URL?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  // Failed sign-ins per minute from one address (successes never count), and every attempt per minute on password
  // change and certificate check; raise it when a whole organisation shares one address (NAT).
  @Transform(({ value }: { value: unknown }) => (value === undefined ? value : Number(value)))
  @IsInt({ message: 'LOGIN_LIMIT_PER_ADDRESS must be a positive integer' })
  @Min(1, { message: 'LOGIN_LIMIT_PER_ADDRESS must be a positive integer' })
  @Max(1_000_000)
  LOGIN_LIMIT_PER_ADDRESS = 100;

  // Milliseconds between SIGTERM and closing the listener: readiness answers 503 meanwhile, so the load balancer (or
  // Kubernetes' endpoints) stops sending new requests before the port closes. Requests in flight are always finished.
  @Transform(({ value }: { value: unknown }) => (value === undefined ? value : Number(value)))
  @IsInt({ message: 'SHUTDOWN_DELAY_MS must be an integer between 0 and 120000' })
  @Min(0, { message: 'SHUTDOWN_DELAY_MS must be an integer between 0 and 120000' })
  @Max(120_000, { message: 'SHUTDOWN_DELAY_MS must be an integer between 0 and 120000' })
  SHUTDOWN_DELAY_MS = 0;

  // auto: every instance migrates at start (under an advisory lock: once, however many start together). skip: the
  // operator runs `npm run migrate` (`node main.js migrate`) as a step of its own; a start on an old schema stops.
  @IsIn(['auto', 'skip'], { message: 'MIGRATIONS must be auto or skip' })
  MIGRATIONS: 'auto' | 'skip' = 'auto';

  // The bearer token GET /api/metrics asks of the scraper (Prometheus); unset, the route answers 404.
  @IsOptional()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;
}

export class ConfigError extends Error {}

/** Validates the environment; the message names every bad variable. */
export function validateEnvironment(env: Record<string, string | undefined>): EnvironmentVariables {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const config = plainToInstance(EnvironmentVariables, present, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false });
  const problems = [...new Set(errors.flatMap((e) => Object.values(e.constraints ?? {})))];
  if (config.NODE_ENV === 'production' && !config.JWT_SECRET) {
    problems.push('JWT_SECRET is required when NODE_ENV=production');
  }
  if (config.NODE_ENV === 'production' && !config.PUBLIC_URL) {
    problems.push('PUBLIC_URL is required when NODE_ENV=production');
  }
  if ((config.ADMIN_EMAIL === undefined) !== (config.ADMIN_PASSWORD === undefined)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n- ${problems.join('\n- ')}`);
  }
  return config;
}
