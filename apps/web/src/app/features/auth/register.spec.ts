import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { UserResponse } from '@keino/contracts';

import { fill, find, render } from '../../../testing/render';
import { Session } from '../../core/auth/session';
import { nextSteps, Register } from './register';

const newcomer: UserResponse = {
  id: 'u1',
  email: 'maija@example.org',
  fullName: 'Maija Meikäläinen',
  locale: 'fi',
  organizationId: null,
  roles: ['participant'],
  regions: [],
  emailVerified: false,
  pendingOrganizationId: null,
};

describe('Register', () => {
  let http: HttpTestingController;

  beforeEach(() => sessionStorage.clear());

  // The form once the organisation directory has loaded.
  async function renderForm() {
    const page = render(Register);
    http = page.http;
    const { fixture, element: el } = page;
    http
      .expectOne((r) => r.url === '/api/organizations/directory')
      .flush({
        items: [
          {
            id: 'o1',
            name: 'Tampereen kaupunki',
            businessId: '0211675-2',
            kind: 'municipality',
            region: '06',
            regionName: 'Pirkanmaa',
          },
        ],
        total: 1,
      });
    await fixture.whenStable();
    const set = (selector: string, value: string) => fill(el, selector, value);
    return { fixture, el, set };
  }

  it('refuses a password shorter than 12 characters without calling the API', async () => {
    const { fixture, el, set } = await renderForm();
    set('#fullName', 'Maija Meikäläinen');
    set('#email', 'maija@tampere.fi');
    set('#password', 'short');
    find(el, 'form').dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    http.expectNone('/api/auth/register');
  });

  it('registers with the chosen organisation, signs in and says the membership waits for its coordinator', async () => {
    const { fixture, el, set } = await renderForm();
    set('#fullName', 'Maija Meikäläinen');
    set('#email', 'maija@example.org');
    set('#password', 'pitkä salasana 1');
    set('#organization', 'o1');
    find(el, 'form').dispatchEvent(new Event('submit'));
    const reg = http.expectOne('/api/auth/register');
    expect(reg.request.body).toEqual({
      fullName: 'Maija Meikäläinen',
      email: 'maija@example.org',
      password: 'pitkä salasana 1',
      organizationId: 'o1',
      locale: 'fi',
    });
    const user = { ...newcomer, pendingOrganizationId: 'o1' };
    reg.flush(user);
    http.expectOne('/api/auth/login').flush({ accessToken: 'a', refreshToken: 'r', user });
    await fixture.whenStable();
    expect(TestBed.inject(Session).signedIn()).toBe(true);
    expect(el.querySelector('form')).toBeNull();
    expect(document.activeElement?.id).toBe('registered');
    const steps = Array.from(el.querySelectorAll('li')).map((li) => li.textContent?.trim());
    expect(steps).toEqual(['membership.registered.verify', 'membership.registered.pending']);
    expect(find(el, 'a[href="/catalogue"]').textContent).toContain('membership.registered.continue');
  });

  it('fills in the invited address and registers with the invitation, without an organisation to choose', async () => {
    const page = render(Register, { inputs: { invitation: 'inv1' } });
    http = page.http;
    await page.stable();
    http.expectOne((r) => r.url === '/api/organizations/directory').flush({ items: [], total: 0 });
    const lookup = http.expectOne('/api/invitations/lookup');
    expect(lookup.request.body).toEqual({ token: 'inv1' });
    lookup.flush({ organizationId: 'o1', organizationName: 'Tampereen kaupunki', email: 'maija@tampere.fi' });
    await page.stable();
    const el = page.element;
    expect(find<HTMLInputElement>(el, '#email').value).toBe('maija@tampere.fi');
    expect(find<HTMLInputElement>(el, '#email').readOnly).toBe(true);
    expect(el.querySelector('#organization')).toBeNull();
    fill(el, '#fullName', 'Maija Meikäläinen');
    fill(el, '#password', 'pitkä salasana 1');
    find(el, 'form').dispatchEvent(new Event('submit'));
    const reg = http.expectOne('/api/auth/register');
    expect(reg.request.body).toEqual({
      fullName: 'Maija Meikäläinen',
      email: 'maija@tampere.fi',
      password: 'pitkä salasana 1',
      locale: 'fi',
      invitationToken: 'inv1',
    });
    const user = { ...newcomer, email: 'maija@tampere.fi', organizationId: 'o1', emailVerified: true };
    reg.flush(user);
    http.expectOne('/api/auth/login').flush({ accessToken: 'a', refreshToken: 'r', user });
    await page.stable();
    const steps = Array.from(el.querySelectorAll('li')).map((li) => li.textContent?.trim());
    expect(steps).toEqual(['membership.registered.joined']);
  });

  it('says when the invitation link no longer works, and registers without it', async () => {
    const page = render(Register, { inputs: { invitation: 'old' } });
    http = page.http;
    await page.stable();
    http.expectOne((r) => r.url === '/api/organizations/directory').flush({ items: [], total: 0 });
    http
      .expectOne('/api/invitations/lookup')
      .flush({ code: 'INVALID_LINK', message: 'x' }, { status: 400, statusText: 'Bad Request' });
    await page.stable();
    expect(find(page.element, '[role=alert]').textContent).toContain(
      'membership.registered.invalidInvitation',
    );
    expect(page.element.querySelector('#organization')).not.toBeNull();
  });

  it('tells when the email is taken', async () => {
    const { fixture, el, set } = await renderForm();
    set('#fullName', 'Maija Meikäläinen');
    set('#email', 'maija@tampere.fi');
    set('#password', 'pitkä salasana 1');
    find(el, 'form').dispatchEvent(new Event('submit'));
    http
      .expectOne('/api/auth/register')
      .flush(
        { statusCode: 409, code: 'EMAIL_TAKEN', message: 'x', error: 'conflict' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    expect(find(el, '[role=alert]').textContent).toContain('register.taken');
  });
});

describe('nextSteps', () => {
  const names: Record<string, string> = { o1: 'Tampereen kaupunki' };
  const nameOf = (id: string) => names[id] ?? '';

  it('says a person whose domain is the chosen organisation’s joins on verifying', () => {
    expect(nextSteps(newcomer, 'o1', nameOf)).toEqual({
      email: 'maija@example.org',
      joined: null,
      pending: null,
      onVerify: 'Tampereen kaupunki',
    });
  });

  it('names only the verification when no organisation was chosen', () => {
    expect(nextSteps(newcomer, null, nameOf)).toEqual({
      email: 'maija@example.org',
      joined: null,
      pending: null,
      onVerify: null,
    });
  });
});
