import { Routes } from '@angular/router';

import { Register } from './register';
import { SignIn } from './sign-in';

export const authRoutes: Routes = [
  { path: '', component: SignIn },
  // Where a sign-in through the organisation's identity provider comes back.
  { path: 'sso', loadComponent: () => import('./sso-finish').then((m) => m.SsoFinish) },
];

export const registerRoutes: Routes = [{ path: '', component: Register }];
