import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { UserResponse } from '@keino/contracts';

import { render } from '../../../testing/render';
import { Session } from '../../core/auth/session';
import { VerifyEmail } from './verify-email';

const user: UserResponse = {
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
const invalid = { statusCode: 400, code: 'INVALID_LINK', message: 'x', error: 'Bad Request' };

describe('VerifyEmail', () => {
  let http: HttpTestingController;

  beforeEach(() => sessionStorage.clear());
  afterEach(() => http.verify());

  async function open(token: string | undefined, signedInAs?: UserResponse) {
    const page = render(VerifyEmail, { inputs: token ? { token } : {} });
    http = page.http;
    if (signedInAs) TestBed.inject(Session).start({ accessToken: 'a', refreshToken: 'r', user: signedInAs });
    await page.stable();
    return page;
  }

  it('verifies the link once and says the address is confirmed', async () => {
    const { element, stable } = await open('t1');
    const req = http.expectOne('/api/auth/verify-email');
    expect(req.request.body).toEqual({ token: 't1' });
    req.flush({ ...user, emailVerified: true });
    await stable();
    expect(element.querySelector('[role=status]')?.textContent).toContain('membership.verify.verified');
    expect(element.textContent).toContain('app.signIn');
  });

  it('names the organisation joined through the address’s domain, and updates the signed-in session', async () => {
    const { element, stable } = await open('t1', user);
    http.expectOne('/api/auth/verify-email').flush({ ...user, emailVerified: true, organizationId: 'o1' });
    http.expectOne('/api/organizations/o1').flush({ id: 'o1', name: 'Tampereen kaupunki' });
    await stable();
    expect(element.textContent).toContain('membership.verify.joined');
    expect(TestBed.inject(Session).user()?.organizationId).toBe('o1');
    expect(TestBed.inject(Session).user()?.emailVerified).toBe(true);
  });

  it('leaves the session alone when the link was someone else’s', async () => {
    await open('t1', user);
    http.expectOne('/api/auth/verify-email').flush({ ...user, id: 'u2', emailVerified: true });
    expect(TestBed.inject(Session).user()?.emailVerified).toBe(false);
  });

  it('explains a used or expired link and sends a new one to a signed-in, unverified person', async () => {
    const { element, stable } = await open('old', user);
    http.expectOne('/api/auth/verify-email').flush(invalid, { status: 400, statusText: 'Bad Request' });
    http.expectOne('/api/auth/me').flush(user);
    await stable();
    expect(element.textContent).toContain('membership.verify.invalid');
    const resend = Array.from(element.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('membership.verify.resend'),
    );
    resend?.click();
    http.expectOne('/api/auth/email-verification').flush(null, { status: 202, statusText: 'Accepted' });
    await stable();
    expect(element.textContent).toContain('membership.verify.sent');
  });

  it('tells a person verified meanwhile that nothing is left to do', async () => {
    const { element, stable } = await open('old', user);
    http.expectOne('/api/auth/verify-email').flush(invalid, { status: 400, statusText: 'Bad Request' });
    http.expectOne('/api/auth/me').flush({ ...user, emailVerified: true });
    await stable();
    expect(element.textContent).toContain('membership.verify.alreadyVerified');
    expect(element.querySelector('button')).toBeNull();
  });

  it('asks a signed-out person to sign in for a new link, and treats a missing token as a broken link', async () => {
    const { element } = await open(undefined);
    http.expectNone('/api/auth/verify-email');
    expect(element.textContent).toContain('membership.verify.invalid');
    expect(element.querySelector('a[href^="/sign-in"]')?.textContent).toContain(
      'membership.verify.signInToResend',
    );
  });
});
