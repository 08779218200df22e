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

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let session: Session;

  beforeEach(() => {
    sessionStorage.clear();
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

  it('refreshes once on 401 and retries both waiting calls with the new token', () => {
    const answers: unknown[] = [];
    http.get('/api/a').subscribe((a) => answers.push(a));
    http.get('/api/b').subscribe((b) => answers.push(b));
    backend.expectOne('/api/a').flush({}, { status: 401, statusText: 'Unauthorized' });
    backend.expectOne('/api/b').flush({}, { status: 401, statusText: 'Unauthorized' });
    const refresh = backend.expectOne('/api/auth/refresh');
    expect(refresh.request.body).toEqual({ refreshToken: 'old-refresh' });
    refresh.flush(pair('new-access', 'new-refresh'));
    const retried = backend.match((r) => r.url === '/api/a' || r.url === '/api/b');
    expect(retried.map((r) => r.request.headers.get('Authorization'))).toEqual([
      'Bearer new-access',
      'Bearer new-access',
    ]);
    retried.forEach((r) => r.flush({ ok: r.request.url }));
    expect(answers).toHaveLength(2);
    expect(session.refreshToken()).toBe('new-refresh');
  });

  it('signs out and goes to sign-in when the refresh fails', () => {
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    let failed = false;
    http.get('/api/a').subscribe({ error: () => (failed = true) });
    backend.expectOne('/api/a').flush({}, { status: 401, statusText: 'Unauthorized' });
    backend
      .expectOne('/api/auth/refresh')
      .flush({ code: 'INVALID_REFRESH_TOKEN' }, { status: 401, statusText: 'Unauthorized' });
    expect(failed).toBe(true);
    expect(session.signedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/sign-in'], expect.anything());
  });
});
