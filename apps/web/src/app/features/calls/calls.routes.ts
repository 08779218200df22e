import { Routes } from '@angular/router';

import { CallList } from './call-list';

// One lazy chunk for the list; a call and an application load when opened.
export const callsRoutes: Routes = [
  { path: '', component: CallList },
  {
    path: 'applications/:id',
    loadComponent: () => import('./application-page').then((m) => m.ApplicationPage),
  },
  { path: ':id', loadComponent: () => import('./call-page').then((m) => m.CallPage) },
];
