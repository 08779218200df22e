import { Route } from '@angular/router';

export const appRoutes: Route[] = [
  { path: '', loadChildren: () => import('./features/home/home.routes').then((m) => m.homeRoutes) },
  { path: 'sign-in', loadChildren: () => import('./features/auth/auth.routes').then((m) => m.authRoutes) },
  { path: '**', redirectTo: '' },
];
