import { loadConfig } from './app-config';
import { ConfigError, validateEnvironment } from './env.validation';

describe('validateEnvironment', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = validateEnvironment({});
    expect(config.PORT).toBe(3000);
    expect(config.DATA_DIR).toBe('./.data');
    expect(config.DEMO_DATA).toBe(false);
  });

  it('refuses a bad PORT with a message naming PORT', () => {
    expect(() => validateEnvironment({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => validateEnvironment({ PORT: '70000' })).toThrow(ConfigError);
  });

  it('refuses production without JWT_SECRET or PUBLIC_URL', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET[\s\S]*PUBLIC_URL/);
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), PUBLIC_URL: 'https://akatemia.example.fi' };
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

  it('names every bad variable at once', () => {
    expect(() => validateEnvironment({ DATABASE_URL: 'mysql://x', DEMO_DATA: 'yes' })).toThrow(
      /DATABASE_URL[\s\S]*DEMO_DATA|DEMO_DATA[\s\S]*DATABASE_URL/,
    );
  });

  it('reads DEMO_DATA=true as a boolean', () => {
    expect(validateEnvironment({ DEMO_DATA: 'true' }).DEMO_DATA).toBe(true);
  });
});
