import { ActivatedRoute, convertToParamMap } from '@angular/router';

import { fill, find, render } from '../../../testing/render';
import { LEAVE_APP } from './sso-api';
import { SsoErrorNotice, SsoSignIn } from './sso-sign-in';

const fi = {
  sso: {
    signIn: {
      title: 'Kirjaudu organisaatiosi kautta',
      email: 'Työsähköposti',
      going: 'Siirrytään: {{organization}}',
      required: 'Anna osoite',
      none: 'Ei omaa kirjautumista',
      failed: 'Virhe',
    },
    errors: { SSO_EXPIRED: 'Kirjautuminen vanheni' },
  },
};

describe('SsoSignIn', () => {
  async function renderForm() {
    const leave = jest.fn<void, [string]>();
    const page = render(SsoSignIn, { fi, providers: [{ provide: LEAVE_APP, useValue: leave }] });
    await page.stable();
    const toggle = find(page.element, 'button[aria-controls=sso-form]');
    expect(page.element.querySelector('#sso-email')).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await page.stable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement?.id).toBe('sso-email');
    return { ...page, leave };
  }

  it('opens the address field on request, and asks for an address before looking for the organisation', async () => {
    const { element, http, stable } = await renderForm();
    fill(element, '#sso-email', 'maija');
    find(element, 'form').dispatchEvent(new Event('submit'));
    await stable();
    http.expectNone((r) => r.url === '/api/auth/sso/discover');
    expect(find(element, '#sso-email-error').textContent).toContain('Anna osoite');
    expect(find(element, '#sso-email').getAttribute('aria-invalid')).toBe('true');
  });

  it("finds the organisation by the address and goes to its provider's sign-in", async () => {
    const { element, http, stable, leave } = await renderForm();
    fill(element, '#sso-email', ' maija@kuopio.fi ');
    find(element, 'form').dispatchEvent(new Event('submit'));
    const req = http.expectOne((r) => r.url === '/api/auth/sso/discover');
    expect(req.request.params.get('email')).toBe('maija@kuopio.fi');
    req.flush({ providerId: 'p1', organizationName: 'Kuopion kaupunki' });
    await stable();
    expect(leave).toHaveBeenCalledWith('/api/auth/sso/p1/start?loginHint=maija%40kuopio.fi');
    expect(find(element, '[role=status]').textContent).toContain('Siirrytään: Kuopion kaupunki');
  });

  it('says when the organisation has no sign-in of its own', async () => {
    const { element, http, stable, leave } = await renderForm();
    fill(element, '#sso-email', 'maija@gmail.com');
    find(element, 'form').dispatchEvent(new Event('submit'));
    http
      .expectOne((r) => r.url === '/api/auth/sso/discover')
      .flush(
        { statusCode: 404, error: 'Not Found', message: 'x', code: 'NO_IDENTITY_PROVIDER' },
        { status: 404, statusText: 'Not Found' },
      );
    await stable();
    expect(find(element, '#sso-email-error').textContent).toContain('Ei omaa kirjautumista');
    expect(leave).not.toHaveBeenCalled();
  });
});

describe('SsoErrorNotice', () => {
  const withQuery = (ssoError: string) =>
    render(SsoErrorNotice, {
      fi,
      providers: [
        {
          provide: ActivatedRoute,
          useValue: { snapshot: { queryParamMap: convertToParamMap({ ssoError }) } },
        },
      ],
    });

  it('tells why a sign-in through the provider stopped', async () => {
    const { element, stable } = withQuery('SSO_EXPIRED');
    await stable();
    expect(find(element, '[role=alert]').textContent).toContain('Kirjautuminen vanheni');
  });

  it('shows nothing for a code it does not know', async () => {
    const { element, stable } = withQuery('<script>');
    await stable();
    expect(element.querySelector('[role=alert]')).toBeNull();
  });
});
