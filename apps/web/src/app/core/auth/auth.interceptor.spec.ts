import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { LoginResponse } from '@keino/contracts';

import { authInterceptor } from './auth.interceptor';
import { Session } from './session';

const pair = (access: string, refresh: string): LoginResponse => ({
  accessToken: access,
  refreshToken: refresh,
  user: {
    id: 'u1',
    email: 'a@b.fi',
    fullName: 'A',
    locale: 'fi',
    organizationId: null,
    roles: ['participant'],
    regions: [],
    emailVerified: true,
    pendingOrganizationId: null,
  },
});

// The refresh goes through a promise (the cross-tab lock): let it reach the backend, or come back.
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let session: Session;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    session = TestBed.inject(Session);
    session.start(pair('old-access', 'old-refresh'));
  });

  it('sends the access token with API calls, not with sign-in calls', () => {
    http.get('/api/me/enrollments').subscribe();
    expect(backend.expectOne('/api/me/enrollments').request.headers.get('Authorization')).toBe(
      'Bearer old-access',
    );
    http.post('/api/auth/login', {}).subscribe();
    expect(backend.expectOne('/api/auth/login').request.headers.has('Authorization')).toBe(false);
    http.post('/api/auth/refresh', {}).subscribe();
    expect(backend.expectOne('/api/auth/refresh').request.headers.has('Authorization')).toBe(false);
    // The caller's own account calls live under /api/auth too, and need the token.
    http.patch('/api/auth/me', {}).subscribe();
    expect(backend.expectOne('/api/auth/me').request.headers.get('Authorization')).toBe('Bearer old-access');
    http.get('/api/auth/me/data').subscribe();
    expect(backend.expectOne('/api/auth/me/data').request.headers.get('Authorization')).toBe(
      'Bearer old-access',
    );
  });

  it('refreshes once on 401 from the cookie and retries both waiting calls with the new token', async () => {
    const answers: unknown[] = [];
    http.get('/api/a').subscribe((a) => answers.push(a));
    http.get('/api/b').subscribe((b) => answers.push(b));
    backend.expectOne('/api/a').flush({}, { status: 401, statusText: 'Unauthorized' });
    backend.expectOne('/api/b').flush({}, { status: 401, statusText: 'Unauthorized' });
    await settle();
    const refresh = backend.expectOne('/api/auth/refresh');
    // The refresh token travels in its HttpOnly cookie, never from script.
    expect(refresh.request.body).toEqual({});
    refresh.flush({ accessToken: 'new-access', user: pair('', '').user });
    await settle();
    const retried = backend.match((r) => r.url === '/api/a' || r.url === '/api/b');
    expect(retried.map((r) => r.request.headers.get('Authorization'))).toEqual([
      'Bearer new-access',
      'Bearer new-access',
    ]);
    retried.forEach((r) => r.flush({ ok: r.request.url }));
    expect(answers).toHaveLength(2);
    expect(session.accessToken()).toBe('new-access');
  });

  it('signs out and goes to sign-in when the refresh fails', async () => {
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    let failed = false;
    http.get('/api/a').subscribe({ error: () => (failed = true) });
    backend.expectOne('/api/a').flush({}, { status: 401, statusText: 'Unauthorized' });
    await settle();
    backend
      .expectOne('/api/auth/refresh')
      .flush({ code: 'INVALID_REFRESH_TOKEN' }, { status: 401, statusText: 'Unauthorized' });
    await settle();
    expect(failed).toBe(true);
    expect(session.signedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/sign-in'], expect.anything());
  });

  it('sends the token with sign-out but does not refresh when it answers 401', () => {
    let status = 0;
    http.post('/api/auth/logout', {}).subscribe({ error: (e: { status: number }) => (status = e.status) });
    const logout = backend.expectOne('/api/auth/logout');
    expect(logout.request.headers.get('Authorization')).toBe('Bearer old-access');
    logout.flush({}, { status: 401, statusText: 'Unauthorized' });
    backend.expectNone('/api/auth/refresh');
    expect(status).toBe(401);
  });
});
