import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { UserResponse } from '@keino/contracts';

import { find, render } from '../../../testing/render';
import { Session } from '../../core/auth/session';
import { InvitationAccept } from './invitation-accept';

const invited: UserResponse = {
  id: 'u1',
  email: 'maija@tampere.fi',
  fullName: 'Maija Meikäläinen',
  locale: 'fi',
  organizationId: null,
  roles: ['participant'],
  regions: [],
  emailVerified: false,
  pendingOrganizationId: null,
};
const lookup = { organizationId: 'o1', organizationName: 'Tampereen kaupunki', email: 'Maija@tampere.fi' };

describe('InvitationAccept', () => {
  let http: HttpTestingController;

  beforeEach(() => sessionStorage.clear());
  afterEach(() => http.verify());

  async function open(signedInAs?: UserResponse, token: string | undefined = 'inv 1') {
    const page = render(InvitationAccept, { inputs: token ? { token } : {} });
    http = page.http;
    if (signedInAs) TestBed.inject(Session).start({ accessToken: 'a', refreshToken: 'r', user: signedInAs });
    await page.stable();
    return page;
  }
  const button = (el: HTMLElement) => el.querySelector<HTMLButtonElement>('button');

  it('offers a signed-out person sign-in (coming back here) or an account with the invitation', async () => {
    const { element, stable } = await open();
    const req = http.expectOne('/api/invitations/lookup');
    expect(req.request.body).toEqual({ token: 'inv 1' });
    req.flush(lookup);
    await stable();
    expect(element.textContent).toContain('membership.accept.lead');
    expect(find(element, 'a[href^="/sign-in"]').getAttribute('href')).toBe(
      '/sign-in?returnUrl=%2Finvitations%2Faccept%3Ftoken%3Dinv%25201',
    );
    expect(find(element, 'a[href^="/register"]').getAttribute('href')).toBe('/register?invitation=inv%201');
    expect(button(element)).toBeNull();
  });

  it('accepts for the invited person signed in, and keeps the membership in the session', async () => {
    const { element, stable } = await open(invited);
    http.expectOne('/api/invitations/lookup').flush(lookup);
    await stable();
    button(element)?.click();
    const req = http.expectOne('/api/invitations/accept');
    expect(req.request.body).toEqual({ token: 'inv 1' });
    req.flush({ ...invited, organizationId: 'o1', emailVerified: true });
    await stable();
    expect(find(element, '[role=status]').textContent).toContain('membership.accept.accepted');
    expect(TestBed.inject(Session).user()?.organizationId).toBe('o1');
  });

  it('tells someone signed in with another address whom the invitation is for, without a button', async () => {
    const { element, stable } = await open({ ...invited, email: 'someone@else.fi' });
    http.expectOne('/api/invitations/lookup').flush(lookup);
    await stable();
    expect(element.textContent).toContain('membership.accept.signedInAs');
    expect(button(element)).toBeNull();
  });

  it.each([
    ['INVITATION_FOR_ANOTHER_EMAIL', 403, 'membership.accept.otherEmail'],
    ['MEMBER_OF_ANOTHER_ORGANIZATION', 409, 'membership.accept.otherOrganization'],
    ['INVALID_LINK', 400, 'membership.accept.invalid'],
  ])('explains the refusal %s', async (code, status, message) => {
    const { element, stable } = await open(invited);
    http.expectOne('/api/invitations/lookup').flush(lookup);
    await stable();
    button(element)?.click();
    http
      .expectOne('/api/invitations/accept')
      .flush({ code, message: 'x' }, { status, statusText: 'Refused' });
    await stable();
    expect(find(element, '[role=alert]').textContent).toContain(message);
    expect(TestBed.inject(Session).user()?.organizationId).toBeNull();
  });

  it('explains a link that no longer works before anything else', async () => {
    const { element, stable } = await open();
    http
      .expectOne('/api/invitations/lookup')
      .flush({ code: 'INVALID_LINK', message: 'x' }, { status: 400, statusText: 'Bad Request' });
    await stable();
    expect(find(element, '[role=alert]').textContent).toContain('membership.accept.invalid');
    expect(element.querySelector('a[href^="/register"]')).toBeNull();
  });
});
