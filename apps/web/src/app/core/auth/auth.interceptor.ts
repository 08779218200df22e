import { HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, finalize, map, Observable, shareReplay, switchMap, throwError } from 'rxjs';

import { Session } from './session';

// One refresh at a time: requests that fail together wait for the same new token (a refresh token works once).
let refreshing: Observable<string> | null = null;

const withToken = (req: HttpRequest<unknown>, token: string | null) =>
  token ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req;

// The calls that make a session carry no token (and a 401 from them means wrong credentials, not an expired token).
const SIGN_IN_CALLS = ['/api/auth/login', '/api/auth/register', '/api/auth/refresh'];
// Sent with the token, but a 401 is their answer, not a reason to refresh: sign-out ends the session anyway.
const NO_REFRESH = ['/api/auth/logout'];

/**
 * Sends the access token with API calls; on 401 refreshes it once from the session cookie and retries. When the
 * session has ended (the refresh is refused too), signs out and goes to sign-in.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  if (!req.url.startsWith('/api/') || SIGN_IN_CALLS.includes(req.url)) return next(req);
  const session = inject(Session);
  const router = inject(Router);
  return next(withToken(req, session.accessToken())).pipe(
    catchError((error: unknown) => {
      if (
        !(error instanceof HttpErrorResponse) ||
        error.status !== 401 ||
        !session.signedIn() ||
        NO_REFRESH.includes(req.url)
      )
        return throwError(() => error);
      refreshing ??= session.refresh().pipe(
        map((response) => response.accessToken),
        finalize(() => (refreshing = null)),
        shareReplay(1),
      );
      return refreshing.pipe(
        catchError((refreshError: unknown) => {
          if (refreshError instanceof HttpErrorResponse && refreshError.status === 401) {
            session.end();
            void router.navigate(['/sign-in'], { queryParams: { returnUrl: router.url } });
          }
          return throwError(() => refreshError);
        }),
        switchMap((token) => next(withToken(req, token))),
      );
    }),
  );
};
