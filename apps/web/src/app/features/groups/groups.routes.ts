import { Routes } from '@angular/router';

/** A group's meetings; My teams is /mentoring, the trainers' board /teaching/:cohortId/groups. */
export const groupsRoutes: Routes = [
  { path: ':groupId/meetings', loadComponent: () => import('./group-meetings').then((m) => m.GroupMeetings) },
];
