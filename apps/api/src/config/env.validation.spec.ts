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

  it('refuses production without JWT_SECRET', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).NODE_ENV).toBe(
      'production',
    );
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
