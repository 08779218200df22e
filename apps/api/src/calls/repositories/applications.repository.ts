// Reads across modules (read-only): organizations (name, kind, region) of the applying organisation, users (id,
// email, locale) for the team members who have accounts and the language of the one who submitted.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ApplicationSponsor,
  ApplicationStatus,
  Locale,
  OrganizationKind,
  RegionCode,
  TeamMember,
} from '@keino/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { type Db, sql } from '../../common/database/sql';

export interface ApplicationRow {
  id: string;
  call_id: string;
  organization_id: string;
  organization_name: string;
  organization_kind: OrganizationKind;
  region: RegionCode;
  status: ApplicationStatus;
  development_task: string;
  motivation: string;
  sponsor: ApplicationSponsor;
  team: TeamMember[];
  version: number;
  submitted_at: Date | null;
  submitted_by: string | null;
  decision_message: string | null;
  decided_at: Date | null;
  updated_at: Date;
}

/** API field → column, for the fields people edit; jsonb columns take their value as JSON text. */
export const APPLICATION_COLUMNS = {
  developmentTask: 'development_task',
  motivation: 'motivation',
  sponsor: 'sponsor',
  team: 'team',
} as const;
export type ApplicationColumn = [
  column: (typeof APPLICATION_COLUMNS)[keyof typeof APPLICATION_COLUMNS],
  value: string,
];

const JSONB = new Set(['sponsor', 'team']);

const SELECT = `
  a.id, a.call_id, a.organization_id, o.name AS organization_name, o.kind AS organization_kind, o.region, a.status,
  a.development_task, a.motivation, a.sponsor, a.team, a.version, a.submitted_at, a.submitted_by,
  a.decision_message, a.decided_at, a.updated_at
  FROM call_applications a JOIN organizations o ON o.id = a.organization_id`;

/** The only code that reads and writes call_applications and application_invitations. */
@Injectable()
export class ApplicationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** A new draft, unless the organisation has one for the call (the unique key decides when two start at once). */
  async insertUnlessExists(
    callId: string,
    organizationId: string,
    userId: string,
    columns: ApplicationColumn[],
    db: Db = this.db,
  ): Promise<string | undefined> {
    const names = columns.map(([c]) => `, ${c}`).join('');
    const values = columns.map(([c], i) => `, $${i + 4}${JSONB.has(c) ? '::jsonb' : ''}`).join('');
    const row = await sql.one<{ id: string }>(
      db,
      `INSERT INTO call_applications (call_id, organization_id, created_by, updated_by${names})
       VALUES ($1, $2, $3, $3${values})
       ON CONFLICT ON CONSTRAINT uq_call_applications_organization DO NOTHING RETURNING id`,
      [callId, organizationId, userId, ...columns.map(([, v]) => v)],
    );
    return row?.id;
  }

  find(id: string, db: Db = this.db): Promise<ApplicationRow | undefined> {
    return sql.one<ApplicationRow>(db, `SELECT ${SELECT} WHERE a.id = $1`, [id]);
  }

  /** The row locked for the rest of the transaction: edits, submission, reviews and decisions take turns. */
  lock(tx: EntityManager, id: string): Promise<ApplicationRow | undefined> {
    return sql.one<ApplicationRow>(tx, `SELECT ${SELECT} WHERE a.id = $1 FOR UPDATE OF a`, [id]);
  }

  async update(tx: EntityManager, id: string, userId: string, columns: ApplicationColumn[]): Promise<void> {
    const sets = columns.map(([c], i) => `${c} = $${i + 3}${JSONB.has(c) ? '::jsonb' : ''}`);
    await sql.affected(
      tx,
      `UPDATE call_applications SET ${[...sets, 'version = version + 1', 'updated_by = $2', 'updated_at = now()'].join(', ')}
       WHERE id = $1`,
      [id, userId, ...columns.map(([, v]) => v)],
    );
  }

  async submit(tx: EntityManager, id: string, userId: string): Promise<Date> {
    const row = await sql.one<{ submitted_at: Date }>(
      tx,
      `UPDATE call_applications
          SET status = 'submitted', submitted_at = now(), submitted_by = $2, version = version + 1, updated_at = now()
        WHERE id = $1 RETURNING submitted_at`,
      [id, userId],
    );
    if (!row) throw new Error('UPDATE … RETURNING gave no row');
    return row.submitted_at;
  }

  async decide(
    tx: EntityManager,
    id: string,
    decision: { status: ApplicationStatus; message: string | null; decidedBy: string },
  ): Promise<Date> {
    const row = await sql.one<{ decided_at: Date }>(
      tx,
      `UPDATE call_applications
          SET status = $2, decision_message = $3, decided_at = now(), decided_by = $4, updated_at = now()
        WHERE id = $1 RETURNING decided_at`,
      [id, decision.status, decision.message, decision.decidedBy],
    );
    if (!row) throw new Error('UPDATE … RETURNING gave no row');
    return row.decided_at;
  }

  async countAccepted(tx: EntityManager, callId: string): Promise<number> {
    const row = await sql.one<{ n: number }>(
      tx,
      `SELECT count(*)::int AS n FROM call_applications WHERE call_id = $1 AND status = 'accepted'`,
      [callId],
    );
    return row?.n ?? 0;
  }

  /** The accounts (not erased) of the given addresses, compared without case. */
  accountsOf(emails: string[], db: Db = this.db): Promise<{ id: string; email: string }[]> {
    return sql.rows(
      db,
      `SELECT id, lower(email) AS email FROM users WHERE lower(email) = ANY($1::text[]) AND erased_at IS NULL`,
      [emails.map((e) => e.toLowerCase())],
    );
  }

  /** The language of whoever submitted (the invitations' language for people without an account). */
  async localeOf(userId: string | null, db: Db = this.db): Promise<Locale> {
    if (!userId) return 'fi';
    const row = await sql.one<{ locale: Locale }>(db, `SELECT locale FROM users WHERE id = $1`, [userId]);
    return row?.locale ?? 'fi';
  }

  async linkInvitations(tx: EntityManager, applicationId: string, invitationIds: string[]): Promise<void> {
    if (invitationIds.length === 0) return;
    await sql.affected(
      tx,
      `INSERT INTO application_invitations (invitation_id, application_id)
       SELECT unnest($1::uuid[]), $2`,
      [invitationIds, applicationId],
    );
  }

  /**
   * Marks the invitation's enrolment as done and answers the cohort and the application; once only, so a second
   * acceptance (the link works once anyway) enrols nobody again.
   */
  claimInvitation(
    tx: EntityManager,
    invitationId: string,
  ): Promise<{ application_id: string; cohort_id: string } | undefined> {
    return sql.one(
      tx,
      `UPDATE application_invitations ai SET enrolled_at = now()
         FROM call_applications a JOIN calls c ON c.id = a.call_id
        WHERE ai.invitation_id = $1 AND ai.enrolled_at IS NULL AND a.id = ai.application_id
        RETURNING ai.application_id, c.cohort_id`,
      [invitationId],
    );
  }
}
