import { loadConfig } from './app-config';
import { ConfigError, validateEnvironment } from './env.validation';

describe('validateEnvironment', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = validateEnvironment({});
    expect(config.PORT).toBe(3000);
    expect(config.DATA_DIR).toBe('./.data');
    expect(config.DEMO_DATA).toBe(false);
  });

  it('takes SHUTDOWN_DELAY_MS as milliseconds up to two minutes, 0 by default', () => {
    expect(validateEnvironment({}).SHUTDOWN_DELAY_MS).toBe(0);
    expect(validateEnvironment({ SHUTDOWN_DELAY_MS: '5000' }).SHUTDOWN_DELAY_MS).toBe(5000);
    for (const bad of ['-1', '1.5', 'soon', '120001']) {
      expect(() => validateEnvironment({ SHUTDOWN_DELAY_MS: bad })).toThrow(/SHUTDOWN_DELAY_MS/);
    }
  });

  it('takes MIGRATIONS as auto (the default) or skip', () => {
    expect(validateEnvironment({}).MIGRATIONS).toBe('auto');
    expect(validateEnvironment({ MIGRATIONS: 'skip' }).MIGRATIONS).toBe('skip');
    expect(() => validateEnvironment({ MIGRATIONS: 'never' })).toThrow(/MIGRATIONS must be auto or skip/);
  });

  it('takes METRICS_TOKEN of at least 16 characters, unset by default', () => {
    expect(validateEnvironment({}).METRICS_TOKEN).toBeUndefined();
    expect(() => validateEnvironment({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(loadConfig({ METRICS_TOKEN: 'x'.repeat(16), JWT_SECRET: 'x'.repeat(32) }).metricsToken).toBe(
      'x'.repeat(16),
    );
  });

  it('refuses a bad PORT with a message naming PORT', () => {
    expect(() => validateEnvironment({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => validateEnvironment({ PORT: '70000' })).toThrow(ConfigError);
  });

  it('refuses production without JWT_SECRET or PUBLIC_URL', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET[\s\S]*PUBLIC_URL/);
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
      PUBLIC_URL: 'https://akatemia.example.fi',
    };
    expect(validateEnvironment(production).NODE_ENV).toBe('production');
  });

  it('takes PUBLIC_URL only as an http(s) address without query or fragment', () => {
    for (const bad of ['akatemia.example.fi', 'ftp://x.fi', 'https://x.fi/?next=1', 'https://x.fi/#a']) {
      expect(() => validateEnvironment({ PUBLIC_URL: bad })).toThrow(/PUBLIC_URL/);
    }
    expect(loadConfig({ PUBLIC_URL: 'https://x.fi/akatemia/', JWT_SECRET: 'x'.repeat(32) }).publicUrl).toBe(
      'https://x.fi/akatemia',
    );
    expect(loadConfig({ PORT: '4321', JWT_SECRET: 'x'.repeat(32) }).publicUrl).toBe('http://localhost:4321');
  });

  it('takes SECRETS_KEY as 32 bytes in hex or base64, and derives one from JWT_SECRET without it', () => {
    for (const bad of ['x'.repeat(64), 'ab'.repeat(16), Buffer.alloc(31).toString('base64')]) {
      expect(() => validateEnvironment({ SECRETS_KEY: bad })).toThrow(/SECRETS_KEY/);
    }
    const key = Buffer.alloc(32, 7);
    const jwt = { JWT_SECRET: 'x'.repeat(32) };
    expect(loadConfig({ ...jwt, SECRETS_KEY: key.toString('hex') }).secretsKey).toEqual(key);
    expect(loadConfig({ ...jwt, SECRETS_KEY: key.toString('base64') }).secretsKey).toEqual(key);
    expect(loadConfig({ ...jwt, SECRETS_KEY: key.toString('base64url') }).secretsKey).toEqual(key);
    const derived = loadConfig(jwt).secretsKey;
    expect(derived).toHaveLength(32);
    expect(loadConfig(jwt).secretsKey).toEqual(derived);
    expect(loadConfig({ JWT_SECRET: 'y'.repeat(32) }).secretsKey).not.toEqual(derived);
  });

  it('names every bad variable at once', () => {
    expect(() => validateEnvironment({ DATABASE_URL: 'mysql://x', DEMO_DATA: 'yes' })).toThrow(
      /DATABASE_URL[\s\S]*DEMO_DATA|DEMO_DATA[\s\S]*DATABASE_URL/,
    );
  });

  it('reads DEMO_DATA=true as a boolean', () => {
    expect(validateEnvironment({ DEMO_DATA: 'true' }).DEMO_DATA).toBe(true);
  });
});
