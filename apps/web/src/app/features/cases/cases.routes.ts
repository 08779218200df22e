import { Routes } from '@angular/router';

import { unsavedChangesGuard } from '../../core/unsaved/unsaved-changes';
import { CaseLibrary } from './case-library';

// One lazy chunk for the library; the case page and the editor load when opened.
export const casesRoutes: Routes = [
  { path: '', component: CaseLibrary },
  {
    path: 'new',
    loadComponent: () => import('./case-editor').then((m) => m.CaseEditor),
    canDeactivate: [unsavedChangesGuard],
  },
  { path: ':id', loadComponent: () => import('./case-page').then((m) => m.CasePage) },
  {
    path: ':id/edit',
    loadComponent: () => import('./case-editor').then((m) => m.CaseEditor),
    canDeactivate: [unsavedChangesGuard],
  },
];
