import { Routes } from '@angular/router';

import { Catalogue } from './catalogue';

export const catalogueRoutes: Routes = [
  { path: '', component: Catalogue },
  // The cohort page is opened from a card; loaded only then.
  { path: ':cohortId', loadComponent: () => import('./cohort-page').then((m) => m.CohortPage) },
];
