import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { UserResponse } from '@keino/contracts';

import { fill, find, render } from '../../../testing/render';
import { Session } from '../../core/auth/session';
import { MembershipStatus } from './membership-status';

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
const directory = {
  items: [{ id: 'o1', name: 'Tampereen kaupunki', regionName: 'Pirkanmaa' }],
  total: 1,
};
const request = {
  id: 'r1',
  organizationId: 'o1',
  user: { id: 'u1', fullName: 'Maija Meikäläinen', email: 'maija@example.org', emailVerified: false },
  status: 'pending',
  createdAt: '2026-03-01T08:00:00Z',
  decidedAt: null,
  decidedBy: null,
};

/** The session as the component finds it when it starts: signed in with the copy of the account stored then. */
function signedInAs(user: UserResponse) {
  return {
    provide: Session,
    useFactory: () => {
      const session = new Session();
      session.start({ accessToken: 'a', refreshToken: 'r', user });
      return session;
    },
  };
}

describe('MembershipStatus', () => {
  let http: HttpTestingController;

  beforeEach(() => sessionStorage.clear());
  afterEach(() => http.verify());

  /** `current` is the account as the API answers it now, which may have moved on from the stored copy. */
  async function open(stored: UserResponse, current: UserResponse = stored) {
    const page = render(MembershipStatus, { providers: [signedInAs(stored)] });
    http = page.http;
    await page.stable();
    http.expectOne('/api/auth/me').flush(current);
    await page.stable();
    if (!current.organizationId)
      http.expectOne((r) => r.url === '/api/organizations/directory').flush(directory);
    await page.stable();
    return page;
  }
  const click = async (el: HTMLElement, text: string, stable: () => Promise<void>) => {
    const button = Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes(text));
    if (!button) throw new Error(`no button ${text}`);
    button.click();
    await stable();
  };

  it('shows nothing to a member, once the account says they are one', async () => {
    const { element } = await open(newcomer, { ...newcomer, organizationId: 'o1', emailVerified: true });
    expect(element.querySelector('section')).toBeNull();
    expect(TestBed.inject(Session).user()?.organizationId).toBe('o1');
  });

  it('leaves a member alone: no reading of the account, nothing shown', async () => {
    const member = { ...newcomer, organizationId: 'o1', emailVerified: true };
    const page = render(MembershipStatus, { providers: [signedInAs(member)] });
    http = page.http;
    await page.stable();
    http.expectNone('/api/auth/me');
    expect(page.element.querySelector('section')).toBeNull();
  });

  it('asks an unverified person to open the link, and sends a new one', async () => {
    const { element, stable } = await open(newcomer);
    expect(element.textContent).toContain('membership.status.unverified');
    await click(element, 'membership.status.resend', stable);
    http.expectOne('/api/auth/email-verification').flush(null, { status: 202, statusText: 'Accepted' });
    await stable();
    expect(find(element, '[role=status]').textContent).toContain('membership.status.linkSent');
  });

  it('files a membership request for the organisation chosen, then shows it pending', async () => {
    const { element, stable } = await open({ ...newcomer, emailVerified: true });
    expect(element.textContent).not.toContain('membership.status.unverified');
    find(element, 'form').dispatchEvent(new Event('submit'));
    await stable();
    http.expectNone('/api/membership-requests');
    expect(find(element, '[role=status]').textContent).toContain('membership.status.chooseFirst');

    fill(element, '#membership-organization', 'o1');
    find(element, 'form').dispatchEvent(new Event('submit'));
    const req = http.expectOne('/api/membership-requests');
    expect(req.request.body).toEqual({ organizationId: 'o1' });
    req.flush(request);
    await stable();
    expect(TestBed.inject(Session).user()?.pendingOrganizationId).toBe('o1');
    expect(element.querySelector('form')).toBeNull();
    expect(element.textContent).toContain('membership.status.pending');
  });

  it('withdraws a pending request filed earlier, asking for its id first', async () => {
    const { element, stable } = await open({ ...newcomer, pendingOrganizationId: 'o1' });
    await click(element, 'membership.status.withdraw', stable);
    http.expectOne('/api/membership-requests/mine').flush(request);
    const req = http.expectOne('/api/membership-requests/r1');
    expect(req.request.method).toBe('DELETE');
    req.flush(null, { status: 204, statusText: 'No Content' });
    await stable();
    expect(TestBed.inject(Session).user()?.pendingOrganizationId).toBeNull();
    expect(find(element, '[role=status]').textContent).toContain('membership.status.withdrawn');
    expect(element.querySelector('form')).not.toBeNull();
  });

  it('reads the account again when a request is already waiting (filed in another tab)', async () => {
    const { element, stable } = await open({ ...newcomer, emailVerified: true });
    fill(element, '#membership-organization', 'o1');
    find(element, 'form').dispatchEvent(new Event('submit'));
    http
      .expectOne('/api/membership-requests')
      .flush({ code: 'MEMBERSHIP_REQUEST_EXISTS', message: 'x' }, { status: 409, statusText: 'Conflict' });
    http.expectOne('/api/auth/me').flush({ ...newcomer, emailVerified: true, pendingOrganizationId: 'o1' });
    await stable();
    expect(find(element, '[role=status]').textContent).toContain('membership.status.requestExists');
    expect(element.textContent).toContain('membership.status.pending');
  });

  it('says a request decided meanwhile cannot be withdrawn, and reads the account again', async () => {
    const { element, stable } = await open({ ...newcomer, emailVerified: true, pendingOrganizationId: 'o1' });
    await click(element, 'membership.status.withdraw', stable);
    http.expectOne('/api/membership-requests/mine').flush(request);
    http
      .expectOne('/api/membership-requests/r1')
      .flush({ code: 'REQUEST_DECIDED', message: 'x' }, { status: 409, statusText: 'Conflict' });
    http.expectOne('/api/auth/me').flush({ ...newcomer, emailVerified: true, organizationId: 'o1' });
    await stable();
    expect(TestBed.inject(Session).user()?.organizationId).toBe('o1');
  });
});
