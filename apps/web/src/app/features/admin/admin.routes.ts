import { Routes } from '@angular/router';

import { AdminArea } from './admin-area';
import { CohortAdmin } from './cohort-admin';
import { CohortList } from './cohort-list';

// One lazy chunk for the admin area; every page sits in AdminArea, which shows the admin sections above it.
export const adminRoutes: Routes = [
  {
    path: '',
    component: AdminArea,
    children: [
      { path: '', component: CohortList },
      {
        path: 'cohorts/new',
        loadComponent: () => import('./cohort-new').then((m) => m.CohortNew),
      },
      { path: 'cohorts/:cohortId', component: CohortAdmin },
      {
        path: 'cohorts/:cohortId/edit',
        loadComponent: () => import('./cohort-edit').then((m) => m.CohortEdit),
      },
      {
        path: 'organizations',
        loadComponent: () => import('./organizations').then((m) => m.Organizations),
      },
      {
        path: 'organizations/:organizationId',
        loadComponent: () => import('./organization-page').then((m) => m.OrganizationPage),
      },
      { path: 'users', loadComponent: () => import('./users').then((m) => m.Users) },
      { path: 'audit', loadComponent: () => import('./audit-log').then((m) => m.AuditLog) },
      { path: 'outbox', loadComponent: () => import('../notifications/outbox').then((m) => m.Outbox) },
      {
        path: 'impact',
        loadComponent: () => import('../assessments/impact-report').then((m) => m.ImpactReport),
      },
      {
        path: 'maturity-model',
        loadComponent: () =>
          import('../assessments/maturity-model-editor').then((m) => m.MaturityModelEditor),
      },
      {
        path: 'overview',
        loadComponent: () => import('./programme-overview').then((m) => m.ProgrammeOverview),
      },
    ],
  },
];
