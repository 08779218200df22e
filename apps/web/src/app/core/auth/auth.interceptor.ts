import { HttpClient, HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import type { LoginResponse } from '@keino/contracts';
import { catchError, finalize, map, Observable, shareReplay, switchMap, throwError } from 'rxjs';

import { Session } from './session';

// One refresh at a time: requests that fail together wait for the same new pair (a refresh token works once).
let refreshing: Observable<string> | null = null;

const withToken = (req: HttpRequest<unknown>, token: string | null) =>
  token ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req;

// The calls that make a session carry none (and a 401 from them means wrong credentials, not an expired token).
const SIGN_IN_CALLS = ['/api/auth/login', '/api/auth/register', '/api/auth/refresh'];

/** Sends the access token with API calls; on 401 refreshes the pair once and retries, else signs out. */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  if (!req.url.startsWith('/api/') || SIGN_IN_CALLS.includes(req.url)) return next(req);
  const session = inject(Session);
  const http = inject(HttpClient);
  const router = inject(Router);
  return next(withToken(req, session.accessToken())).pipe(
    catchError((error: unknown) => {
      const refreshToken = session.refreshToken();
      if (!(error instanceof HttpErrorResponse) || error.status !== 401 || !refreshToken)
        return throwError(() => error);
      refreshing ??= http.post<LoginResponse>('/api/auth/refresh', { refreshToken }).pipe(
        map((pair) => {
          session.start(pair);
          return pair.accessToken;
        }),
        finalize(() => (refreshing = null)),
        shareReplay(1),
      );
      return refreshing.pipe(
        catchError((refreshError: unknown) => {
          session.end();
          void router.navigate(['/sign-in'], { queryParams: { returnUrl: router.url } });
          return throwError(() => refreshError);
        }),
        switchMap((token) => next(withToken(req, token))),
      );
    }),
  );
};
