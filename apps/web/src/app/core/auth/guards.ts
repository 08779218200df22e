import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import type { Role } from '@keino/contracts';

import { Session } from './session';

/** Signed-in users only; others go to sign-in and come back afterwards. */
export const signedIn: CanActivateFn = (_route, state) => {
  if (inject(Session).signedIn()) return true;
  return inject(Router).createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
};

/** Users holding one of the roles; others see the "you may not see this" page instead of a blank one. */
export function withRole(...roles: Role[]): CanActivateFn {
  return (route, state) => {
    const session = inject(Session);
    const router = inject(Router);
    if (!session.signedIn())
      return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
    return session.hasRole(...roles) ? true : router.createUrlTree(['/forbidden']);
  };
}
