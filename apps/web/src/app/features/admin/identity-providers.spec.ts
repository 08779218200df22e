import type { HttpTestingController } from '@angular/common/http/testing';
import type { IdentityProviderResponse } from '@keino/contracts';

import { fill, find, render } from '../../../testing/render';
import { IdentityProviders } from './identity-providers';

const provider: IdentityProviderResponse = {
  id: 'p1',
  organizationId: 'o1',
  issuer: 'https://idp.kuopio.fi',
  clientId: 'keino',
  emailDomains: ['kuopio.fi'],
  enabled: true,
  createdAt: '2026-01-01T00:00:00Z',
};
const listUrl = '/api/organizations/o1/identity-providers';

describe('IdentityProviders', () => {
  let http: HttpTestingController;

  async function renderPage(items: IdentityProviderResponse[] = [provider]) {
    const page = render(IdentityProviders, { inputs: { organizationId: 'o1' } });
    http = page.http;
    await page.stable();
    http.expectOne((r) => r.url === listUrl).flush({ items, total: items.length });
    await page.stable();
    return page;
  }

  const buttons = (el: HTMLElement) =>
    Array.from(el.querySelectorAll<HTMLButtonElement>('li button')).map((b) => b.getAttribute('aria-label'));

  it('lists the providers with their domains, never a secret, and the redirect URI to register', async () => {
    const { element } = await renderPage();
    expect(find(element, 'li strong').textContent).toBe('https://idp.kuopio.fi');
    expect(find(element, 'li .meta').textContent).toContain('kuopio.fi');
    expect(find(element, 'code').textContent).toBe('http://localhost/api/auth/sso/callback');
    expect(buttons(element)).toEqual([
      'sso.admin.edit: https://idp.kuopio.fi',
      'sso.admin.switchOff: https://idp.kuopio.fi',
      'sso.admin.remove: https://idp.kuopio.fi',
    ]);
  });

  it('adds a provider, and shows an unreachable issuer on its field', async () => {
    const { element, stable } = await renderPage([]);
    fill(element, '#idp-issuer', 'https://idp.lahti.fi');
    fill(element, '#idp-client-id', 'keino');
    fill(element, '#idp-client-secret', 'salainen');
    fill(element, '#idp-domains', 'lahti.fi');
    find(element, 'form').dispatchEvent(new Event('submit'));
    const refused = http.expectOne(listUrl);
    expect(refused.request.method).toBe('POST');
    expect(refused.request.body).toEqual({
      issuer: 'https://idp.lahti.fi',
      clientId: 'keino',
      clientSecret: 'salainen',
      emailDomains: ['lahti.fi'],
      enabled: true,
    });
    refused.flush(
      { statusCode: 400, error: 'x', message: 'x', code: 'ISSUER_UNREACHABLE' },
      { status: 400, statusText: 'Bad Request' },
    );
    await stable();
    expect(find(element, '#idp-issuer-error').textContent).toContain('sso.admin.errors.unreachable');

    find(element, 'form').dispatchEvent(new Event('submit'));
    http.expectOne(listUrl).flush({ ...provider, id: 'p2', issuer: 'https://idp.lahti.fi' });
    await stable();
    expect(find(element, 'li strong').textContent).toBe('https://idp.lahti.fi');
    expect(find(element, '[role=status]').textContent).toContain('sso.admin.added');
  });

  it('sends nothing while a field is wrong', async () => {
    const { element, stable } = await renderPage([]);
    fill(element, '#idp-issuer', 'http://idp.lahti.fi');
    find(element, 'form').dispatchEvent(new Event('submit'));
    await stable();
    http.expectNone(listUrl);
    expect(find(element, '#idp-issuer').getAttribute('aria-invalid')).toBe('true');
    expect(find(element, '#idp-client-secret-error').textContent).toContain('sso.admin.errors.required');
  });

  it('changes a provider keeping its secret, switches it off and removes it after a second click', async () => {
    const { element, stable } = await renderPage();
    find(element, 'li button').click();
    await stable();
    expect(find<HTMLInputElement>(element, '#idp-issuer').value).toBe('https://idp.kuopio.fi');
    find(element, 'form').dispatchEvent(new Event('submit'));
    const saved = http.expectOne('/api/identity-providers/p1');
    expect(saved.request.method).toBe('PATCH');
    expect(saved.request.body).not.toHaveProperty('clientSecret');
    saved.flush(provider);
    await stable();

    const [, toggle, remove] = Array.from(element.querySelectorAll<HTMLButtonElement>('li button'));
    toggle.click();
    const off = http.expectOne('/api/identity-providers/p1');
    expect(off.request.body).toEqual({ enabled: false });
    off.flush({ ...provider, enabled: false });
    await stable();
    expect(find(element, '[role=status]').textContent).toContain('sso.admin.switchedOff');

    remove.click();
    await stable();
    http.expectNone('/api/identity-providers/p1');
    find(element, '[role=group] button').click();
    const gone = http.expectOne('/api/identity-providers/p1');
    expect(gone.request.method).toBe('DELETE');
    gone.flush(null);
    await stable();
    expect(element.querySelector('li')).toBeNull();
    expect(element.textContent).toContain('sso.admin.empty');
  });
});
