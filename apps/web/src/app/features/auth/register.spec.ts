import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { fill, find, render } from '../../../testing/render';
import { Session } from '../../core/auth/session';
import { Register } from './register';

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

  it('registers with the chosen organisation, signs in and goes to the catalogue', async () => {
    const { el, set } = await renderForm();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    set('#fullName', 'Maija Meikäläinen');
    set('#email', 'maija@tampere.fi');
    set('#password', 'pitkä salasana 1');
    set('#organization', 'o1');
    find(el, 'form').dispatchEvent(new Event('submit'));
    const reg = http.expectOne('/api/auth/register');
    expect(reg.request.body).toEqual({
      fullName: 'Maija Meikäläinen',
      email: 'maija@tampere.fi',
      password: 'pitkä salasana 1',
      organizationId: 'o1',
      locale: 'fi',
    });
    reg.flush({ id: 'u1' });
    http
      .expectOne('/api/auth/login')
      .flush({ accessToken: 'a', refreshToken: 'r', user: { roles: ['participant'] } });
    expect(TestBed.inject(Session).signedIn()).toBe(true);
    expect(navigate).toHaveBeenCalledWith('/catalogue');
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
