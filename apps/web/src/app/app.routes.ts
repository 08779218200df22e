import { Route } from '@angular/router';

import { signedIn, withRole } from './core/auth/guards';

export const appRoutes: Route[] = [
  { path: '', loadChildren: () => import('./features/home/home.routes').then((m) => m.homeRoutes) },
  { path: 'sign-in', loadChildren: () => import('./features/auth/auth.routes').then((m) => m.authRoutes) },
  {
    path: 'register',
    loadChildren: () => import('./features/auth/auth.routes').then((m) => m.registerRoutes),
  },
  // The pages emailed links open (verification, password reset, invitations): public, the token is the proof.
  {
    path: 'verify-email',
    loadComponent: () => import('./features/auth/verify-email').then((m) => m.VerifyEmail),
  },
  {
    path: 'forgot-password',
    loadComponent: () => import('./features/auth/forgot-password').then((m) => m.ForgotPassword),
  },
  {
    path: 'reset-password',
    loadComponent: () => import('./features/auth/reset-password').then((m) => m.ResetPassword),
  },
  {
    path: 'invitations/accept',
    loadComponent: () => import('./features/membership/invitation-accept').then((m) => m.InvitationAccept),
  },
  {
    path: 'learning',
    canActivate: [signedIn],
    loadChildren: () => import('./features/learning/learning.routes').then((m) => m.learningRoutes),
  },
  {
    path: 'catalogue',
    canActivate: [signedIn],
    loadChildren: () => import('./features/catalogue/catalogue.routes').then((m) => m.catalogueRoutes),
  },
  {
    path: 'calls',
    canActivate: [signedIn],
    loadChildren: () => import('./features/calls/calls.routes').then((m) => m.callsRoutes),
  },
  {
    path: 'cases',
    canActivate: [signedIn],
    loadChildren: () => import('./features/cases/cases.routes').then((m) => m.casesRoutes),
  },
  {
    path: 'procurements',
    canActivate: [signedIn],
    loadChildren: () =>
      import('./features/procurements/procurements.routes').then((m) => m.procurementsRoutes),
  },
  {
    path: 'developer-groups',
    canActivate: [signedIn],
    loadChildren: () =>
      import('./features/developer-groups/developer-groups.routes').then((m) => m.developerGroupsRoutes),
  },
  // An open market dialogue's page and registration form: public, suppliers have no account.
  {
    path: 'events/:id',
    loadComponent: () => import('./features/developer-groups/public-event').then((m) => m.PublicEvent),
  },
  {
    path: 'notifications',
    canActivate: [signedIn],
    loadChildren: () =>
      import('./features/notifications/notifications.routes').then((m) => m.notificationsRoutes),
  },
  {
    path: 'teaching',
    canActivate: [withRole('trainer', 'admin')],
    loadChildren: () => import('./features/teaching/teaching.routes').then((m) => m.teachingRoutes),
  },
  {
    path: 'mentoring',
    canActivate: [withRole('trainer', 'admin')],
    loadComponent: () => import('./features/groups/my-teams').then((m) => m.MyTeams),
  },
  {
    path: 'groups',
    canActivate: [signedIn],
    loadChildren: () => import('./features/groups/groups.routes').then((m) => m.groupsRoutes),
  },
  {
    path: 'admin',
    canActivate: [withRole('admin')],
    loadChildren: () => import('./features/admin/admin.routes').then((m) => m.adminRoutes),
  },
  {
    path: 'region',
    canActivate: [withRole('change_agent')],
    loadComponent: () => import('./features/region/region').then((m) => m.Region),
  },
  {
    path: 'team',
    canActivate: [withRole('coordinator')],
    loadComponent: () => import('./features/team/team').then((m) => m.Team),
  },
  {
    // The self-assessment's impact for change agents and coordinators (admins and trainers have it in their areas).
    path: 'impact',
    canActivate: [withRole('change_agent', 'coordinator', 'trainer', 'admin')],
    loadComponent: () => import('./features/assessments/impact-report').then((m) => m.ImpactReport),
  },
  {
    path: 'profile',
    canActivate: [signedIn],
    loadComponent: () => import('./features/profile/profile').then((m) => m.Profile),
  },
  {
    // Public: whoever holds a certificate's code checks it here, without an account.
    path: 'certificates',
    loadComponent: () =>
      import('./features/certificates/verify-certificate').then((m) => m.VerifyCertificate),
  },
  {
    path: 'certificates/:code',
    loadComponent: () =>
      import('./features/certificates/verify-certificate').then((m) => m.VerifyCertificate),
  },
  {
    path: 'accessibility',
    loadComponent: () =>
      import('./features/about/accessibility-statement').then((m) => m.AccessibilityStatement),
  },
  { path: 'forbidden', loadComponent: () => import('./features/errors/forbidden').then((m) => m.Forbidden) },
  // An unknown address says so (it used to go home without a word).
  { path: '**', loadComponent: () => import('./features/errors/not-found').then((m) => m.NotFound) },
];
