import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { sql } from '../../common/database/sql';
import { teamsFollowedBy } from '../team-access.fragments';
import { teamEnrolments } from './groups.repository';

/** One team the caller follows, with its figures. */
export interface MentoringRow {
  cohort_id: string;
  cohort_name: string;
  organization_id: string;
  organization_name: string;
  group_id: string | null;
  as_coach: boolean;
  participants: number;
  average_percent: string | null;
  late: number;
  next_meeting: { id: string; title: string; startsAt: string } | null;
  total: string;
}

/**
 * The teams a person coaches or mentors, each with its enrolments' figures and the group's next meeting: one query.
 * Reads cohorts, course_versions, version_modules, module_releases, enrollments, users and organizations (listed
 * cross-module reads).
 */
@Injectable()
export class MentoringRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(callerId: string, page: { limit: number; offset: number }): Promise<MentoringRow[]> {
    const members = teamEnrolments('t.cohort_id', 't.organization_id');
    return sql.rows<MentoringRow>(
      this.db,
      `WITH t AS (
         SELECT f.cohort_id, f.organization_id, f.group_id, f.as_coach, c.name AS cohort_name, c.starts_on,
                c.course_version_id, v.total_required, o.name AS organization_name
           FROM (${teamsFollowedBy(null, '$1')}) f
           JOIN cohorts c ON c.id = f.cohort_id
           JOIN course_versions v ON v.id = c.course_version_id
           JOIN organizations o ON o.id = f.organization_id),
       expected AS (
         SELECT t.cohort_id, coalesce(sum(vm.total_required), 0)::int AS n
           FROM (SELECT DISTINCT cohort_id, course_version_id, starts_on FROM t) t
           JOIN version_modules vm ON vm.version_id = t.course_version_id
           LEFT JOIN module_releases mr ON mr.cohort_id = t.cohort_id AND mr.module_id = vm.module_id
          WHERE coalesce(mr.releases_on, t.starts_on) <= current_date
          GROUP BY t.cohort_id)
       SELECT t.cohort_id, t.cohort_name, t.organization_id, t.organization_name, t.group_id, t.as_coach,
              (SELECT count(*)::int FROM (${members}) m) AS participants,
              (SELECT CASE WHEN t.total_required = 0 THEN 0
                           ELSE round(avg(100.0 * m.completed_required / t.total_required), 1) END
                 FROM (${members}) m) AS average_percent,
              (SELECT count(*)::int FROM (${members}) m
                WHERE m.status = 'active' AND m.completed_required < coalesce(x.n, 0)) AS late,
              (SELECT json_build_object('id', gm.id, 'title', gm.title, 'startsAt', gm.starts_at)
                 FROM group_meetings gm WHERE gm.group_id = t.group_id AND gm.starts_at >= now()
                ORDER BY gm.starts_at, gm.id LIMIT 1) AS next_meeting,
              count(*) OVER () AS total
         FROM t LEFT JOIN expected x ON x.cohort_id = t.cohort_id
        ORDER BY t.cohort_name, t.cohort_id, t.organization_name, t.organization_id, t.as_coach DESC
        LIMIT $2 OFFSET $3`,
      [callerId, page.limit, page.offset],
    );
  }
}
