import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AtRiskParticipant,
  type CohortReportResponse,
  type CohortTimelineResponse,
  ENROLLMENT_STATUSES,
  type EnrollmentStatusCounts,
  type ProgrammeOverviewResponse,
  type ProgressGridResponse,
  type RegionCode,
} from '@keino/contracts';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';

import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { TeamAccess } from '../groups/team-access';
import { percentOf } from '../progress/progress.service';
import { atRiskRows } from './queries/at-risk.query';
import { cohortReportJson } from './queries/cohort-report.query';
import { activityColumns, MatrixRow, progressMatrix } from './queries/progress-matrix.query';
import { programmeCohorts, programmeRegions } from './queries/programme.query';
import { callerRegions, cohortAccess } from './queries/report-access.query';
import { ReportParams } from './queries/report-scope';
import { statusCounts, timelineRows } from './queries/timeline.query';
import { reportErrors } from './reports.errors';
import { neutraliseFormula } from './spreadsheet-cells';

const ratio = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((10_000 * part) / whole) / 10_000;

/** Who may see what of one cohort: the query parameters and the cohort version's required activities. */
interface Scope {
  params: ReportParams;
  totalRequired: number;
}

/** Cohort reports, computed by set-based SQL in `queries/`. */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly teamAccess: TeamAccess,
  ) {}

  /** The JSON text of the report, as the database built it. */
  async cohortReportJson(caller: AuthUser, cohortId: string): Promise<string> {
    const { params, totalRequired } = await this.scopeFor(caller, cohortId);
    return cohortReportJson(this.db, params, totalRequired);
  }

  /** A header row, then one row per participant with a column per activity (the day it was completed). */
  async cohortCsv(caller: AuthUser, cohortId: string): Promise<string> {
    const { header, rows } = await this.matrix(await this.scopeFor(caller, cohortId));
    // csv-stringify quotes and escapes every cell that holds people's text (names, emails, organisations); the
    // activity cells are ours, dates or empty, so they are joined as they are: stringifying 300,000 of them one by
    // one took half of the report's time.
    const line = (cells: unknown[], dates: string[]) =>
      stringify([cells], { cast: { date: (d) => d.toISOString() }, eof: false }) +
      (dates.length ? `,${dates.join(',')}` : '');
    const out = [stringify([header], { eof: false })];
    for (const r of rows) out.push(line(r.identity, r.dates));
    return out.join('\n') + '\n';
  }

  async cohortXlsx(caller: AuthUser, cohortId: string): Promise<Buffer> {
    const scope = await this.scopeFor(caller, cohortId);
    const report = JSON.parse(
      await cohortReportJson(this.db, scope.params, scope.totalRequired),
    ) as CohortReportResponse;
    const { header, rows } = await this.matrix(scope);
    const book = new ExcelJS.Workbook();
    book.creator = 'KEINO Academy';
    const sheet = book.addWorksheet('Participants', { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
    sheet.addRow(header).font = { bold: true };
    sheet.addRows(rows.map((r) => [...r.identity, ...r.dates]));
    const modules = book.addWorksheet('Modules');
    modules.addRow(['moduleId', 'title', 'completionRate']).font = { bold: true };
    modules.addRows(report.modules.map((r) => [r.moduleId, neutraliseFormula(r.title), r.completionRate]));
    const organizations = book.addWorksheet('Organisations');
    // The team's latest presentation of its development task to its own management team, beside its progress.
    organizations.addRow([
      'organizationId',
      'name',
      'participants',
      'averagePercent',
      'managementReviewOn',
      'managementReviewOutcome',
    ]).font = { bold: true };
    organizations.addRows(
      report.organizations.map((o) => [
        o.organizationId,
        neutraliseFormula(o.name),
        o.participants,
        o.averagePercent,
        o.managementReview?.presentedOn ?? null,
        o.managementReview?.outcome ?? null,
      ]),
    );
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  /** Participants × activities with the day each was completed, for the trainers' grid and attendance. */
  async progressGrid(caller: AuthUser, cohortId: string): Promise<ProgressGridResponse> {
    const { params } = await this.scopeFor(caller, cohortId);
    const [columns, rows] = await Promise.all([
      activityColumns(this.db, params.versionId),
      progressMatrix(this.db, params),
    ]);
    return {
      cohortId,
      activities: columns.map((c) => ({
        activityId: c.activity_id,
        moduleId: c.module_id,
        moduleTitle: c.module_title,
        kind: c.kind,
        title: c.title,
        required: c.required,
      })),
      participants: rows.map((r) => {
        const days = r.days.split(',');
        return {
          enrollmentId: r.enrollment_id,
          userId: r.user_id,
          fullName: r.full_name,
          organizationId: r.organization_id,
          status: r.status as ProgressGridResponse['participants'][number]['status'],
          completedOn: columns.map((_, i) => (days[i] ? dateOfDay(days[i]) : null)),
        };
      }),
    };
  }

  async atRisk(caller: AuthUser, cohortId: string): Promise<AtRiskParticipant[]> {
    const { params, totalRequired } = await this.scopeFor(caller, cohortId);
    const rows = await atRiskRows(this.db, params);
    return rows.map((r) => ({
      enrollmentId: r.enrollment_id,
      userId: r.user_id,
      fullName: r.full_name,
      organizationId: r.organization_id,
      completedRequired: r.completed_required,
      expectedRequired: r.expected_required,
      percent: percentOf(r.completed_required, totalRequired),
    }));
  }

  /** Enrolments by status and cumulative completions per day or week, for the cohort dashboard's charts. */
  async timeline(caller: AuthUser, cohortId: string): Promise<CohortTimelineResponse> {
    const { params } = await this.scopeFor(caller, cohortId);
    const [counts, rows] = await Promise.all([statusCounts(this.db, params), timelineRows(this.db, params)]);
    const statuses = Object.fromEntries(ENROLLMENT_STATUSES.map((s) => [s, 0])) as EnrollmentStatusCounts;
    for (const c of counts) statuses[c.status as keyof EnrollmentStatusCounts] = c.n;
    return {
      cohortId,
      statuses,
      interval: rows[0]?.interval ?? 'day',
      points: rows.map((r) => ({
        date: r.date,
        completedActivities: r.completed_activities,
        completedEnrollments: r.completed_enrollments,
      })),
    };
  }

  /** Every cohort with its completion, totals and regions; change agents see their regions' participants only. */
  async programme(caller: AuthUser): Promise<ProgrammeOverviewResponse> {
    const regions = await this.programmeRegionsOf(caller);
    const [cohorts, byRegion] = await Promise.all([
      programmeCohorts(this.db, regions),
      programmeRegions(this.db, regions),
    ]);
    const sum = (pick: (r: (typeof cohorts)[number]) => number) => cohorts.reduce((n, r) => n + pick(r), 0);
    const enrolled = sum((r) => r.enrolled);
    const completed = sum((r) => r.completed);
    return {
      totals: {
        cohorts: cohorts.length,
        enrolled,
        active: sum((r) => r.active),
        completed,
        completionRate: ratio(completed, enrolled),
        averagePercent: average(
          sum((r) => r.percent_sum),
          enrolled,
        ),
      },
      cohorts: cohorts.map((r) => ({
        cohortId: r.cohort_id,
        name: r.name,
        courseTitle: r.course_title,
        startsOn: r.starts_on,
        endsOn: r.ends_on,
        enrolled: r.enrolled,
        active: r.active,
        completed: r.completed,
        completionRate: ratio(r.completed, r.enrolled),
        averagePercent: average(r.percent_sum, r.enrolled),
      })),
      regions: byRegion.map((r) => ({
        region: r.region as RegionCode | null,
        participants: r.participants,
        completed: r.completed,
        completionRate: ratio(r.completed, r.participants),
      })),
    };
  }

  /** The overview as CSV: a header row, then one row per cohort. */
  async programmeCsv(caller: AuthUser): Promise<string> {
    const { cohorts } = await this.programme(caller);
    return stringify([
      PROGRAMME_COLUMNS,
      ...cohorts.map((c) => PROGRAMME_COLUMNS.map((k) => neutraliseFormula(c[k]))),
    ]);
  }

  /** Admins: every region (null); change agents: theirs. */
  private async programmeRegionsOf(caller: AuthUser): Promise<string[] | null> {
    if (isAdmin(caller)) return null;
    return callerRegions(this.db, caller.id);
  }

  private async matrix({
    params,
    totalRequired,
  }: Scope): Promise<{ header: string[]; rows: { identity: unknown[]; dates: string[] }[] }> {
    const [columns, rows] = await Promise.all([
      activityColumns(this.db, params.versionId),
      progressMatrix(this.db, params),
    ]);
    const header = [
      ...IDENTITY_COLUMNS,
      ...columns.map((c) => `${c.module_title} / ${c.title}${c.required ? '' : ' (optional)'}`),
    ].map((h) => neutraliseFormula(h) as string);
    const dayText = new Map<string, string>();
    const dateOf = (day: string) => {
      if (day === '') return '';
      let text = dayText.get(day);
      if (!text) {
        text = dateOfDay(day);
        dayText.set(day, text);
      }
      return text;
    };
    return {
      header,
      rows: rows.map((r) => {
        const days = r.days.split(',');
        const dates = new Array<string>(columns.length);
        for (let i = 0; i < columns.length; i++) dates[i] = i < days.length ? dateOf(days[i]) : '';
        return { identity: identityCells(r, totalRequired), dates };
      }),
    };
  }

  /**
   * Trainers of the cohort and admins see everyone; change agents their regions' organisations, coaches and mentors
   * the teams they follow (the groups module's rule), a change agent who also coaches both.
   */
  private async scopeFor(caller: AuthUser, cohortId: string): Promise<Scope> {
    const row = await cohortAccess(this.db, cohortId, caller.id);
    if (!row) throw reportErrors.cohortNotFound();
    let scope: string[] | null = null;
    if (!(isAdmin(caller) || (caller.roles.includes('trainer') && row.is_trainer))) {
      const followed = await this.teamAccess.followedOrganizations(cohortId, caller.id);
      const agent = caller.roles.includes('change_agent');
      if (!agent && followed.length === 0) throw reportErrors.forbidden();
      scope = [...(agent ? (row.regions ?? []) : []), ...followed];
    }
    return {
      params: { cohortId, versionId: row.course_version_id, scope },
      totalRequired: row.total_required,
    };
  }
}

const average = (sum: number, count: number) => (count === 0 ? 0 : Math.round((10 * sum) / count) / 10);

const PROGRAMME_COLUMNS = [
  'cohortId',
  'name',
  'courseTitle',
  'startsOn',
  'endsOn',
  'enrolled',
  'active',
  'completed',
  'completionRate',
  'averagePercent',
] as const;

const IDENTITY_COLUMNS = [
  'userId',
  'fullName',
  'email',
  'organization',
  'businessId',
  'status',
  'completedRequired',
  'totalRequired',
  'percent',
  'completedAt',
];
// Completion days are counted from this date (UTC).
const DAY_ZERO = Date.UTC(2000, 0, 1);
const dateOfDay = (day: string) => new Date(DAY_ZERO + Number(day) * 86_400_000).toISOString().slice(0, 10);

function identityCells(r: MatrixRow, totalRequired: number): unknown[] {
  return [
    r.user_id,
    neutraliseFormula(r.full_name),
    neutraliseFormula(r.email),
    neutraliseFormula(r.organization ?? ''),
    r.business_id ?? '',
    r.status,
    r.completed_required,
    totalRequired,
    percentOf(r.completed_required, totalRequired),
    r.completed_at,
  ];
}
