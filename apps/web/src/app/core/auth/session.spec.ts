import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { LoginResponse } from '@keino/contracts';

import { Session, SIGNED_IN_HINT } from './session';

const response: LoginResponse = {
  accessToken: 'access',
  refreshToken: 'refresh',
  user: {
    id: 'u1',
    email: 'maija@tampere.fi',
    fullName: 'Maija',
    locale: 'fi',
    organizationId: null,
    roles: ['participant', 'coordinator'],
    regions: [],
    emailVerified: true,
    pendingOrganizationId: null,
  },
};

// The refresh goes through a promise (the cross-tab lock): let it reach the backend, or come back.
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('Session', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('starts signed out, then holds the user, the access token and roles, in memory only', () => {
    const session = TestBed.inject(Session);
    expect(session.signedIn()).toBe(false);
    session.start(response);
    expect(session.signedIn()).toBe(true);
    expect(session.user()?.fullName).toBe('Maija');
    expect(session.accessToken()).toBe('access');
    expect(session.hasRole('coordinator')).toBe(true);
    expect(session.hasRole('admin', 'trainer')).toBe(false);
    // No token in any storage a script could read: only the hint that a cookie may exist.
    const stored = JSON.stringify({ ...localStorage, ...sessionStorage });
    expect(stored).not.toContain('access');
    expect(stored).not.toContain('refresh');
    expect(localStorage.getItem(SIGNED_IN_HINT)).toBe('1');
  });

  it('restores the session after a reload (or in a new tab) by refreshing with the cookie', async () => {
    TestBed.inject(Session).start(response);
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const reloaded = TestBed.inject(Session);
    expect(reloaded.signedIn()).toBe(false);
    const restoring = reloaded.restore();
    await settle();
    const refresh = http.expectOne('/api/auth/refresh');
    // No token in the body: the cookie brings it.
    expect(refresh.request.body).toEqual({});
    refresh.flush({ accessToken: 'fresh', user: response.user });
    await restoring;
    expect(reloaded.accessToken()).toBe('fresh');
  });

  it('asks nothing at start of a browser that never signed in, and forgets a session whose cookie ended', async () => {
    const session = TestBed.inject(Session);
    await session.restore();
    http.expectNone('/api/auth/refresh');
    localStorage.setItem(SIGNED_IN_HINT, '1');
    const restoring = session.restore();
    await settle();
    http
      .expectOne('/api/auth/refresh')
      .flush({ code: 'INVALID_REFRESH_TOKEN' }, { status: 401, statusText: 'Unauthorized' });
    await restoring;
    expect(session.signedIn()).toBe(false);
    expect(localStorage.getItem(SIGNED_IN_HINT)).toBeNull();
  });

  it('signs out on the server, then here, even when the server has already ended the session', async () => {
    const session = TestBed.inject(Session);
    session.start(response);
    const out = session.signOut();
    http
      .expectOne({ method: 'POST', url: '/api/auth/logout' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await out;
    expect(session.signedIn()).toBe(false);
    expect(localStorage.getItem(SIGNED_IN_HINT)).toBeNull();

    session.start(response);
    const again = session.signOut();
    http
      .expectOne('/api/auth/logout')
      .flush({ code: 'UNAUTHENTICATED' }, { status: 401, statusText: 'Unauthorized' });
    await again;
    expect(session.signedIn()).toBe(false);
  });

  it('signs this tab out when another tab signs out', () => {
    const session = TestBed.inject(Session);
    session.start(response);
    localStorage.removeItem(SIGNED_IN_HINT);
    dispatchEvent(new StorageEvent('storage', { key: SIGNED_IN_HINT, newValue: null }));
    expect(session.signedIn()).toBe(false);
  });
});
