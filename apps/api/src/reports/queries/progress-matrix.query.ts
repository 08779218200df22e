import type { ActivityKind } from '@keino/contracts';
import type { EntityManager } from 'typeorm';

import { REPORT_SCOPE, ReportParams } from './report-scope';

export interface MatrixRow {
  enrollment_id: string;
  user_id: string;
  organization_id: string | null;
  full_name: string;
  email: string;
  organization: string | null;
  business_id: string | null;
  status: string;
  completed_required: number;
  completed_at: Date | null;
  /** Comma-separated days since 2000-01-01 each activity was completed, by ordinal (empty: not completed). */
  days: string;
}

/**
 * Participants × activities for the exports: one row per participant, its completion days kept on the enrolment by
 * the progress write, so a few hundred thousand progress rows are never read for an export.
 */
export function progressMatrix(db: EntityManager, p: ReportParams): Promise<MatrixRow[]> {
  return db.query(
    `SELECT s.id AS enrollment_id, s.user_id, s.organization_id, s.full_name, u.email, o.name AS organization, o.business_id, e.status,
            s.completed_required, s.completed_at, array_to_string(e.completed_days, ',', '') AS days
     FROM (${REPORT_SCOPE}) s
     JOIN enrollments e ON e.id = s.id
     JOIN users u ON u.id = s.user_id
     LEFT JOIN organizations o ON o.id = s.organization_id
     ORDER BY s.full_name, s.user_id`,
    [p.cohortId, p.regions],
  );
}

export interface ActivityColumn {
  activity_id: string;
  module_id: string;
  kind: ActivityKind;
  title: string;
  module_title: string;
  required: boolean;
}

export function activityColumns(db: EntityManager, versionId: string): Promise<ActivityColumn[]> {
  return db.query(
    `SELECT va.activity_id, va.module_id, va.kind, va.title, vm.title AS module_title, va.required
     FROM version_activities va
     JOIN version_modules vm ON vm.version_id = va.version_id AND vm.module_id = va.module_id
     WHERE va.version_id = $1 ORDER BY va.ordinal`,
    [versionId],
  );
}
