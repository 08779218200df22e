import { Routes } from '@angular/router';

import { unsavedChangesGuard } from '../../core/unsaved/unsaved-changes';

import { CoursePlayer } from './course-player';
import { MyLearning } from './my-learning';

export const learningRoutes: Routes = [
  { path: '', component: MyLearning },
  { path: ':enrollmentId', component: CoursePlayer },
  {
    path: ':enrollmentId/assessment/:activityId',
    loadComponent: () => import('../assessments/self-assessment').then((m) => m.SelfAssessment),
  },
  {
    path: ':enrollmentId/follow-up',
    loadComponent: () => import('../assessments/follow-up-assessment').then((m) => m.FollowUpAssessment),
  },
  {
    path: ':enrollmentId/assignment/:activityId',
    loadComponent: () => import('../assignments/team-assignment').then((m) => m.TeamAssignment),
    canDeactivate: [unsavedChangesGuard],
  },
];
