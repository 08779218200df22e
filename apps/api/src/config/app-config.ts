import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hkdfSync, randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';

import { EnvironmentVariables, validateEnvironment } from './env.validation';

/** The resolved configuration the rest of the app reads; nothing else touches process.env. */
export interface AppConfig {
  nodeEnv: EnvironmentVariables['NODE_ENV'];
  port: number;
  databaseUrl?: string;
  dataDir: string;
  demoData: boolean;
  admin?: { email: string; password: string };
  jwtSecret: string;
  /** The AES-256 key for secrets kept in the database: SECRETS_KEY, else derived from the JWT secret (HKDF). */
  secretsKey: Buffer;
  redisUrl?: string;
  /** Prefix of the scheduled jobs' Redis keys. */
  redisPrefix: string;
  /** Whether this process runs the day's reminders by itself. */
  remindersSchedule: boolean;
  smtpUrl?: string;
  /** The app's public address without a trailing slash, e.g. `https://akatemia.example.fi`; links in emails start with it. */
  publicUrl: string;
  logLevel: string;
  loginLimitPerAddress: number;
  /** Milliseconds between SIGTERM (readiness 503 at once) and closing the listener. */
  shutdownDelayMs: number;
  /** Whether this process migrates the database at start (`auto`) or expects it migrated (`skip`). */
  migrations: EnvironmentVariables['MIGRATIONS'];
  /** The bearer token of GET /api/metrics; unset, the route answers 404. */
  metricsToken?: string;
  /** Where the built web app lives; absent when it was not built. */
  webRoot?: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

// Outside production a secret is generated once and kept beside the data, so tokens survive restarts.
function persistentSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** SECRETS_KEY's 32 bytes (hex or base64), else 32 bytes derived from the JWT secret for this one purpose. */
function secretsKeyOf(secretsKey: string | undefined, jwtSecret: string): Buffer {
  if (secretsKey) return Buffer.from(secretsKey, /^[0-9a-fA-F]{64}$/.test(secretsKey) ? 'hex' : 'base64');
  return Buffer.from(hkdfSync('sha256', jwtSecret, 'keino-academy', 'secrets in the database v1', 32));
}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const v = validateEnvironment(env);
  const dataDir = resolve(v.DATA_DIR);
  const jwtSecret = v.JWT_SECRET ?? persistentSecret(dataDir);
  const webRoot = [join(__dirname, '../web/browser'), resolve('dist/apps/web/browser')].find((p) =>
    existsSync(join(p, 'index.html')),
  );
  return {
    nodeEnv: v.NODE_ENV,
    port: v.PORT,
    databaseUrl: v.DATABASE_URL,
    dataDir,
    demoData: v.DEMO_DATA,
    admin:
      v.ADMIN_EMAIL && v.ADMIN_PASSWORD ? { email: v.ADMIN_EMAIL, password: v.ADMIN_PASSWORD } : undefined,
    jwtSecret,
    secretsKey: secretsKeyOf(v.SECRETS_KEY, jwtSecret),
    redisUrl: v.REDIS_URL,
    redisPrefix: v.REDIS_PREFIX,
    remindersSchedule: v.REMINDERS_SCHEDULE,
    smtpUrl: v.SMTP_URL,
    publicUrl: (v.PUBLIC_URL ?? `http://localhost:${v.PORT}`).replace(/\/+$/, ''),
    logLevel: v.LOG_LEVEL,
    loginLimitPerAddress: v.LOGIN_LIMIT_PER_ADDRESS,
    shutdownDelayMs: v.SHUTDOWN_DELAY_MS,
    migrations: v.MIGRATIONS,
    metricsToken: v.METRICS_TOKEN,
    webRoot,
  };
}
