import { isAcceptableIssuer, isLoopbackHost } from './issuer-url';

describe('issuer URLs', () => {
  it('takes https anywhere and http only on this machine', () => {
    for (const ok of [
      'https://login.microsoftonline.com/tenant/v2.0',
      'https://idp.tampere.fi',
      'http://127.0.0.1:4000',
      'http://localhost:8080/realms/keino',
      'http://[::1]:9000',
    ]) {
      expect(isAcceptableIssuer(ok)).toBe(true);
    }
    for (const bad of [
      'http://idp.tampere.fi',
      'http://10.0.0.1',
      'http://127.0.0.1.example.com',
      'ftp://idp.tampere.fi',
      'https://user:pw@idp.tampere.fi',
      'https://idp.tampere.fi/?x=1',
      'https://idp.tampere.fi/#a',
      'idp.tampere.fi',
      '',
      42,
    ]) {
      expect(isAcceptableIssuer(bad)).toBe(false);
    }
  });

  it('knows the loopback hosts', () => {
    expect(isLoopbackHost('127.10.0.1')).toBe(true);
    expect(isLoopbackHost('app.localhost')).toBe(true);
    expect(isLoopbackHost('127.0.0.1.nip.io')).toBe(false);
  });
});
