import { Routes } from '@angular/router';

import { GroupDirectory } from './group-directory';

// One lazy chunk for the directory; a group's page and a thread load when opened.
export const developerGroupsRoutes: Routes = [
  { path: '', component: GroupDirectory },
  { path: 'threads/:id', loadComponent: () => import('./thread-view').then((m) => m.ThreadView) },
  { path: ':id', loadComponent: () => import('./group-page').then((m) => m.GroupPage) },
];
