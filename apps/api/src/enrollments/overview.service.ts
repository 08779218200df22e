import { Injectable } from '@nestjs/common';
import type { MyOverviewResponse, OverviewActivity, OverviewCohort } from '@keino/contracts';

import { AuthUser } from '../common/auth/auth.decorators';
import { OverviewRepository, TodoRow } from './overview.repository';

const activity = (r: Omit<TodoRow, 'enrollment_id' | 'over'>): OverviewActivity => ({
  activityId: r.activity_id,
  moduleId: r.module_id,
  moduleTitle: r.module_title,
  title: r.title,
  kind: r.kind,
});

/**
 * The participant's overview: a few set-based queries over the enrolment counters, never one query per cohort or
 * activity.
 */
@Injectable()
export class OverviewService {
  constructor(private readonly overview: OverviewRepository) {}

  async forCaller(caller: AuthUser): Promise<MyOverviewResponse> {
    const [mine, todo, workshops, team] = await Promise.all([
      this.overview.activeEnrollments(caller.id),
      this.overview.todo(caller.id),
      this.overview.nextWorkshop(caller.id),
      this.overview.team(caller.id),
    ]);
    const cohorts: OverviewCohort[] = mine.map((m) => {
      const open = todo.filter((r) => r.enrollment_id === m.id);
      return {
        enrollmentId: m.id,
        cohortId: m.cohort_id,
        cohortName: m.cohort_name,
        courseTitle: m.course_title,
        percent: m.percent,
        next: open.length ? activity(open[0]) : null,
        late: open.filter((r) => r.over).map(activity),
        team: team
          .filter((r) => r.cohort_id === m.cohort_id)
          .map((r) => ({ fullName: r.full_name, percent: r.percent })),
      };
    });
    const w = workshops[0];
    return {
      cohorts,
      nextWorkshop: w
        ? {
            ...activity(w),
            enrollmentId: w.enrollment_id,
            cohortName: w.cohort_name,
            startsAt: new Date(w.starts_at).toISOString(),
            location: w.location,
          }
        : null,
    };
  }
}
