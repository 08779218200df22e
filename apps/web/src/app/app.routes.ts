import { Route } from '@angular/router';

import { signedIn } from './core/auth/guards';

export const appRoutes: Route[] = [
  { path: '', loadChildren: () => import('./features/home/home.routes').then((m) => m.homeRoutes) },
  { path: 'sign-in', loadChildren: () => import('./features/auth/auth.routes').then((m) => m.authRoutes) },
  {
    path: 'register',
    loadChildren: () => import('./features/auth/auth.routes').then((m) => m.registerRoutes),
  },
  {
    path: 'learning',
    canActivate: [signedIn],
    loadChildren: () => import('./features/learning/learning.routes').then((m) => m.learningRoutes),
  },
  {
    path: 'catalogue',
    canActivate: [signedIn],
    loadChildren: () => import('./features/catalogue/catalogue.routes').then((m) => m.catalogueRoutes),
  },
  { path: 'forbidden', loadComponent: () => import('./features/errors/forbidden').then((m) => m.Forbidden) },
  { path: '**', redirectTo: '' },
];
