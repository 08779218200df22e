import { Routes } from '@angular/router';

import { CohortRoom } from './cohort-room';
import { MyCohorts } from './my-cohorts';

export const teachingRoutes: Routes = [
  { path: '', component: MyCohorts },
  { path: ':cohortId', component: CohortRoom },
];
