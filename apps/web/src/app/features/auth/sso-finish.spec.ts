import { Router } from '@angular/router';
import { TestBed } from '@angular/core/testing';

import { fill, find, render } from '../../../testing/render';
import { Session } from '../../core/auth/session';
import { SsoFinish } from './sso-finish';

const fi = {
  sso: {
    finish: {
      exchanging: 'Kirjaudutaan',
      invalid: 'Linkki vanhentunut',
      failed: 'Virhe',
      again: 'Takaisin',
      linkTitle: 'Yhdistä tilisi',
      password: 'Salasana',
      link: 'Yhdistä',
      wrongPassword: 'Väärä salasana',
    },
  },
};
const session = { accessToken: 'a', refreshToken: 'r', user: { id: 'u1', roles: ['participant'] } };
const refusal = (code: string, status: number) =>
  [
    { statusCode: status, error: 'x', message: 'x', code },
    { status, statusText: 'x' },
  ] as const;

describe('SsoFinish', () => {
  beforeEach(() => sessionStorage.clear());

  it('exchanges the one-time code for a session and goes on, leaving the code out of the history', async () => {
    const page = render(SsoFinish, { fi, inputs: { code: 'c'.repeat(43) } });
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await page.stable();
    const req = page.http.expectOne('/api/auth/sso/exchange');
    expect(req.request.body).toEqual({ code: 'c'.repeat(43) });
    req.flush(session);
    expect(TestBed.inject(Session).accessToken()).toBe('a');
    expect(navigate).toHaveBeenCalledWith('/learning', { replaceUrl: true });
  });

  it('says a used or expired code is no longer valid, with the way back to sign-in', async () => {
    const page = render(SsoFinish, { fi, inputs: { code: 'c'.repeat(43) } });
    await page.stable();
    page.http.expectOne('/api/auth/sso/exchange').flush(...refusal('INVALID_LINK', 400));
    await page.stable();
    expect(find(page.element, '[role=alert]').textContent).toContain('Linkki vanhentunut');
    expect(find(page.element, 'a').getAttribute('href')).toBe('/sign-in');
    expect(TestBed.inject(Session).signedIn()).toBe(false);
  });

  it('links an existing account with its own password, and says when the password is wrong', async () => {
    const page = render(SsoFinish, { fi, inputs: { link: 'l'.repeat(43) } });
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await page.stable();
    await page.stable();
    page.http.expectNone('/api/auth/sso/exchange');
    expect(find(page.element, 'h1').textContent).toContain('Yhdistä tilisi');
    fill(page.element, '#sso-password', 'väärä');
    find(page.element, 'form').dispatchEvent(new Event('submit'));
    const wrong = page.http.expectOne('/api/auth/sso/link');
    expect(wrong.request.body).toEqual({ code: 'l'.repeat(43), password: 'väärä' });
    wrong.flush(...refusal('INVALID_CREDENTIALS', 401));
    await page.stable();
    expect(find(page.element, '[role=alert]').textContent).toContain('Väärä salasana');

    fill(page.element, '#sso-password', 'oikea salasana');
    find(page.element, 'form').dispatchEvent(new Event('submit'));
    page.http.expectOne('/api/auth/sso/link').flush(session);
    expect(TestBed.inject(Session).signedIn()).toBe(true);
    expect(navigate).toHaveBeenCalledWith('/learning', { replaceUrl: true });
  });

  it('says the link is not valid when it came without a code', async () => {
    const page = render(SsoFinish, { fi });
    await page.stable();
    await page.stable();
    expect(find(page.element, '[role=alert]').textContent).toContain('Linkki vanhentunut');
  });
});
