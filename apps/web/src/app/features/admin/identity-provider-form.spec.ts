import {
  domainsOf,
  emptyProviderForm,
  isIssuer,
  providerFormOf,
  serverProviderErrors,
  toUpdateRequest,
  validateProvider,
} from './identity-provider-form';

describe('the identity provider form', () => {
  const form = {
    ...emptyProviderForm(),
    issuer: ' https://login.microsoftonline.com/t/v2.0 ',
    clientId: 'keino',
    clientSecret: 's',
    emailDomains: 'Kuopio.fi, @edu.kuopio.fi\nkuopio.fi',
  };

  it('takes the domains one per line or separated, lower-cased, without @, each once', () => {
    expect(domainsOf(form.emailDomains)).toEqual(['kuopio.fi', 'edu.kuopio.fi']);
  });

  it('takes https issuers, and plain http only on this machine', () => {
    expect(isIssuer('https://idp.kuopio.fi/realms/x')).toBe(true);
    expect(isIssuer('http://127.0.0.1:4000')).toBe(true);
    expect(isIssuer('http://idp.kuopio.fi')).toBe(false);
    expect(isIssuer('https://idp.kuopio.fi/?a=1')).toBe(false);
    expect(isIssuer('idp.kuopio.fi')).toBe(false);
  });

  it('needs the secret of a new provider only, and names each bad field', () => {
    expect(validateProvider(form, true)).toEqual({});
    expect(validateProvider({ ...form, clientSecret: '' }, true)).toEqual({ clientSecret: 'required' });
    expect(validateProvider({ ...form, clientSecret: '' }, false)).toEqual({});
    expect(validateProvider({ ...emptyProviderForm(), emailDomains: 'kuopio' }, true)).toEqual({
      issuer: 'issuer',
      clientId: 'required',
      clientSecret: 'required',
      emailDomains: 'domains',
    });
    const many = Array.from({ length: 21 }, (_, i) => `d${i}.fi`).join('\n');
    expect(validateProvider({ ...form, emailDomains: many }, true)).toEqual({ emailDomains: 'tooMany' });
  });

  it('keeps the current secret of an edited provider when the field is left empty', () => {
    const edited = providerFormOf({
      id: 'p1',
      organizationId: 'o1',
      issuer: 'https://idp.kuopio.fi',
      clientId: 'keino',
      emailDomains: ['kuopio.fi'],
      enabled: false,
      createdAt: '2026-01-01T00:00:00Z',
    });
    expect(edited.clientSecret).toBe('');
    expect(toUpdateRequest(edited)).toEqual({
      issuer: 'https://idp.kuopio.fi',
      clientId: 'keino',
      emailDomains: ['kuopio.fi'],
      enabled: false,
    });
    expect(toUpdateRequest({ ...edited, clientSecret: 'uusi' }).clientSecret).toBe('uusi');
  });

  it("shows the API's refusals on the field they are about", () => {
    expect(serverProviderErrors('ISSUER_UNREACHABLE')).toEqual({ issuer: 'unreachable' });
    expect(serverProviderErrors('DOMAIN_TAKEN')).toEqual({ emailDomains: 'taken' });
    expect(serverProviderErrors('IDENTITY_PROVIDER_EXISTS')).toEqual({ issuer: 'exists' });
    expect(serverProviderErrors(undefined)).toEqual({ form: 'failed' });
  });
});
