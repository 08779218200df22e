import { Injectable } from '@nestjs/common';
import type { Locale } from '@keino/contracts';
import type { EntityManager } from 'typeorm';

import { type Db, sql } from '../common/database/sql';
import {
  OwnsPersonalData,
  type PersonalDataPart,
  type PersonalDataSections,
  type PersonalDataSubject,
} from '../common/personal-data/personal-data-part';
import { selectSections } from '../common/personal-data/select-sections';
import { AccessTokenVersions } from './access-token-versions';
import { MembershipsPersonalData } from './memberships/memberships.personal-data';
import { SessionsRepository } from './repositories/sessions.repository';

type AccountSections = Pick<PersonalDataSections, 'account' | 'sessions' | 'membershipRequests'>;

interface SubjectRow {
  id: string;
  organization_id: string | null;
  locale: Locale;
}

/** What anonymising the user row found: the person to erase further, or why there is nothing more to do. */
export type Anonymisation =
  | { outcome: 'anonymised'; person: PersonalDataSubject }
  | { outcome: 'erased-before' }
  | { outcome: 'unknown' };

const toSubject = (row: SubjectRow): PersonalDataSubject => ({
  userId: row.id,
  organizationId: row.organization_id,
  locale: row.locale,
});

/**
 * The person's account and sessions (users, sessions, refresh_tokens), and their membership requests, links and
 * invitations (MembershipsPersonalData); accounts also reads the subject for every part.
 */
@OwnsPersonalData()
@Injectable()
export class AccountsPersonalData implements PersonalDataPart {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly versions: AccessTokenVersions,
    private readonly memberships: MembershipsPersonalData,
  ) {}

  /** The person the other parts export, or undefined when the user is unknown or erased. */
  async findSubject(userId: string, db: Db): Promise<PersonalDataSubject | undefined> {
    const row = await sql.one<SubjectRow>(
      db,
      `SELECT id, organization_id, locale FROM users WHERE id = $1 AND erased_at IS NULL`,
      [userId],
    );
    return row && toSubject(row);
  }

  /**
   * Removes the name, the email and every way to sign in, keeping the row so that enrolments and progress still
   * count in the statistics. Runs before the other parts erase, in the same transaction.
   */
  async anonymise(userId: string, unusableHash: string, tx: EntityManager): Promise<Anonymisation> {
    const row = await sql.one<SubjectRow>(
      tx,
      `UPDATE users
          SET email = 'erased-' || id || '@erased.invalid', full_name = '', password_hash = $2,
              roles = '{}', regions = '{}', erased_at = now()
        WHERE id = $1 AND erased_at IS NULL
        RETURNING id, organization_id, locale`,
      [userId, unusableHash],
    );
    if (row) return { outcome: 'anonymised', person: toSubject(row) };
    const exists = await sql.one<{ id: string }>(tx, `SELECT id FROM users WHERE id = $1`, [userId]);
    return exists ? { outcome: 'erased-before' } : { outcome: 'unknown' };
  }

  async export(person: PersonalDataSubject, db: Db): Promise<AccountSections> {
    const own = await selectSections<Omit<AccountSections, 'membershipRequests'>>(
      db,
      `SELECT
         (SELECT json_build_object(
              'id', u.id, 'email', u.email, 'fullName', u.full_name, 'locale', u.locale,
              'organizationId', u.organization_id, 'roles', u.roles, 'regions', u.regions,
              'emailVerified', u.email_verified_at IS NOT NULL,
              'pendingOrganizationId', (SELECT r.organization_id FROM membership_requests r
                                         WHERE r.user_id = u.id AND r.status = 'pending'),
              'createdAt', u.created_at)
            FROM users u WHERE u.id = $1) AS account,
         (SELECT coalesce(json_agg(json_build_object(
              'device', s.device, 'createdAt', s.created_at, 'lastUsedAt', s.last_used_at,
              'expiresAt', s.expires_at, 'revokedAt', s.ended_at)
            ORDER BY s.created_at), '[]')
            FROM sessions s WHERE s.user_id = $1) AS sessions`,
      [person.userId],
    );
    return { ...own, ...(await this.memberships.export(person, db)) };
  }

  /**
   * The sessions go (with the devices they name and their refresh tokens), and the raised token version refuses
   * every access token already handed out from the moment the erasure commits.
   */
  async erase(person: PersonalDataSubject, tx: EntityManager): Promise<void> {
    await this.sessions.deleteAllOf(tx, person.userId);
    await this.versions.raise(tx, person.userId);
    await this.memberships.erase(person, tx);
  }
}
