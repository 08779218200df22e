import { Routes } from '@angular/router';

import { CohortAdmin } from './cohort-admin';
import { CohortList } from './cohort-list';

export const adminRoutes: Routes = [
  { path: '', component: CohortList },
  { path: 'cohorts/:cohortId', component: CohortAdmin },
  { path: 'overview', loadComponent: () => import('./programme-overview').then((m) => m.ProgrammeOverview) },
];
