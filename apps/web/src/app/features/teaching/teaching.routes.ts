import { Routes } from '@angular/router';

import { unsavedChangesGuard } from '../../core/unsaved/unsaved-changes';
import { CohortRoom } from './cohort-room';
import { MyCohorts } from './my-cohorts';

export const teachingRoutes: Routes = [
  { path: '', component: MyCohorts },
  // The course pages come before ':cohortId', which would otherwise take "courses" for a cohort.
  { path: 'courses', loadComponent: () => import('./my-courses').then((m) => m.MyCourses) },
  {
    path: 'courses/:courseId',
    loadComponent: () => import('./course-editor').then((m) => m.CourseEditor),
    canDeactivate: [unsavedChangesGuard],
  },
  {
    path: 'impact',
    loadComponent: () => import('../assessments/impact-report').then((m) => m.ImpactReport),
  },
  { path: ':cohortId', component: CohortRoom },
  {
    path: ':cohortId/groups',
    loadComponent: () => import('../groups/group-board').then((m) => m.GroupBoard),
  },
  {
    path: ':cohortId/assignments',
    loadComponent: () => import('../assignments/cohort-assignments').then((m) => m.CohortAssignments),
  },
  {
    path: ':cohortId/assignments/:submissionId',
    loadComponent: () => import('../assignments/assignment-review').then((m) => m.AssignmentReview),
  },
];
