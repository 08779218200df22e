import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GroupResponse, PersonName } from '@keino/contracts';
import { DataSource } from 'typeorm';

import { type Db, sql } from '../../common/database/sql';
import { teamsFollowedBy } from '../team-access.fragments';

/** Who the caller is to a cohort: the facts the groups' access rules decide on. */
export interface CohortRoleRow {
  id: string;
  is_trainer: boolean;
  /** Coaches a group or mentors an organisation of the cohort (and is staff). */
  follows: boolean;
  /** The caller's organisation when they have an active or completed enrolment in the cohort. */
  team_organization_id: string | null;
}

/** A group, its cohort and who the caller is to it. */
export interface GroupRoleRow extends CohortRoleRow {
  group_id: string;
  is_coach: boolean;
  /** The caller's organisation is placed in this group. */
  in_group: boolean;
}

interface IdRow {
  id: string;
}

/** A group as the answer carries it, built by the database as JSON. */
interface GroupJsonRow {
  group: GroupResponse;
  total: string;
}

/**
 * The people of the cohort's team of an organisation: active or completed enrolments (not erased). Reads enrollments
 * and users (listed cross-module reads). Arguments are SQL expressions.
 */
export const teamEnrolments = (cohort: string, organization: string): string => `
  SELECT e.id, e.user_id, e.status, e.completed_required FROM enrollments e JOIN users u ON u.id = e.user_id
   WHERE e.cohort_id = ${cohort} AND u.organization_id = ${organization} AND e.status IN ('active', 'completed')
     AND u.erased_at IS NULL`;

const GROUP_JSON = `json_build_object(
  'id', g.id, 'cohortId', g.cohort_id, 'name', g.name,
  'coaches', (SELECT coalesce(json_agg(json_build_object('id', u.id, 'fullName', u.full_name) ORDER BY u.full_name, u.id), '[]')
                FROM cohort_group_coaches gc JOIN users u ON u.id = gc.user_id WHERE gc.group_id = g.id),
  'organizations', (SELECT coalesce(json_agg(json_build_object(
                      'id', o.id, 'name', o.name,
                      'mentor', CASE WHEN m.id IS NULL THEN NULL ELSE json_build_object('id', m.id, 'fullName', m.full_name) END)
                      ORDER BY o.name, o.id), '[]')
                      FROM cohort_group_placements gp JOIN organizations o ON o.id = gp.organization_id
                      LEFT JOIN cohort_mentors cm ON cm.cohort_id = gp.cohort_id AND cm.organization_id = gp.organization_id
                      LEFT JOIN users m ON m.id = cm.mentor_id
                     WHERE gp.group_id = g.id AND gp.removed_at IS NULL))`;

const ROLE_COLUMNS = (cohort: string) => `
  EXISTS (SELECT 1 FROM cohort_trainers ct WHERE ct.cohort_id = ${cohort} AND ct.user_id = $2) AS is_trainer,
  EXISTS (${teamsFollowedBy(cohort, '$2')}) AS follows,
  (SELECT u.organization_id FROM enrollments e JOIN users u ON u.id = e.user_id
    WHERE e.cohort_id = ${cohort} AND e.user_id = $2 AND e.status IN ('active', 'completed')
      AND u.organization_id IS NOT NULL) AS team_organization_id`;

/** The groups, their coaches, placements (with history) and the cohort's mentors. */
@Injectable()
export class GroupsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Reads cohorts, cohort_trainers, enrollments and users (listed cross-module reads). */
  findCohortRole(cohortId: string, callerId: string): Promise<CohortRoleRow | undefined> {
    return sql.one<CohortRoleRow>(
      this.db,
      `SELECT c.id, ${ROLE_COLUMNS('c.id')} FROM cohorts c WHERE c.id = $1`,
      [cohortId, callerId],
    );
  }

  findGroupRole(groupId: string, callerId: string, db: Db = this.db): Promise<GroupRoleRow | undefined> {
    return sql.one<GroupRoleRow>(
      db,
      `SELECT g.cohort_id AS id, g.id AS group_id, ${ROLE_COLUMNS('g.cohort_id')},
              EXISTS (SELECT 1 FROM cohort_group_coaches gc WHERE gc.group_id = g.id AND gc.user_id = $2) AS is_coach,
              EXISTS (SELECT 1 FROM cohort_group_placements gp JOIN users me ON me.id = $2
                       WHERE gp.group_id = g.id AND gp.removed_at IS NULL
                         AND gp.organization_id = me.organization_id) AS in_group
         FROM cohort_groups g WHERE g.id = $1`,
      [groupId, callerId],
    );
  }

  /**
   * One writer at a time per cohort: every change of a cohort's groups takes this lock first, so two requests that
   * place one organisation in two groups see each other (the partial unique index is the last word either way).
   */
  async lockCohort(cohortId: string, tx: Db): Promise<void> {
    await sql.rows(tx, `SELECT pg_advisory_xact_lock(hashtext('cohort_groups'), hashtext($1::text))`, [
      cohortId,
    ]);
  }

  /** Of the given people, those who are not staff (role trainer or admin, not erased). Reads users. */
  async notStaff(ids: readonly string[], db: Db = this.db): Promise<string[]> {
    const rows = await sql.rows<IdRow>(
      db,
      `SELECT x.id FROM unnest($1::uuid[]) AS x(id)
        WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = x.id AND u.erased_at IS NULL
                            AND u.roles && ARRAY['trainer', 'admin'])
        ORDER BY x.id`,
      [ids],
    );
    return rows.map((r) => r.id);
  }

  /** Of the given organisations, those with no active or completed enrolment in the cohort. */
  async notInCohort(cohortId: string, ids: readonly string[], db: Db = this.db): Promise<string[]> {
    const rows = await sql.rows<IdRow>(
      db,
      `SELECT x.id FROM unnest($2::uuid[]) AS x(id)
        WHERE NOT EXISTS (${teamEnrolments('$1', 'x.id')})
        ORDER BY x.id`,
      [cohortId, ids],
    );
    return rows.map((r) => r.id);
  }

  /** Of the given organisations, those placed in another group of the cohort than `groupId`. */
  async inOtherGroups(
    cohortId: string,
    groupId: string | null,
    ids: readonly string[],
    tx: Db,
  ): Promise<string[]> {
    const rows = await sql.rows<IdRow>(
      tx,
      `SELECT gp.organization_id AS id FROM cohort_group_placements gp
        WHERE gp.cohort_id = $1 AND gp.removed_at IS NULL AND gp.organization_id = ANY($3::uuid[])
          AND ($2::uuid IS NULL OR gp.group_id <> $2::uuid)
        ORDER BY gp.organization_id`,
      [cohortId, groupId, ids],
    );
    return rows.map((r) => r.id);
  }

  async insertGroup(cohortId: string, name: string, tx: Db): Promise<string> {
    const row = await sql.one<IdRow>(
      tx,
      `INSERT INTO cohort_groups (cohort_id, name) VALUES ($1, $2) RETURNING id`,
      [cohortId, name],
    );
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    return row.id;
  }

  async rename(groupId: string, name: string, tx: Db): Promise<void> {
    await sql.affected(tx, `UPDATE cohort_groups SET name = $2, updated_at = now() WHERE id = $1`, [
      groupId,
      name,
    ]);
  }

  /** The group's coaches become exactly these. */
  async setCoaches(groupId: string, ids: readonly string[], tx: Db): Promise<void> {
    await sql.affected(
      tx,
      `DELETE FROM cohort_group_coaches WHERE group_id = $1 AND NOT (user_id = ANY($2::uuid[]))`,
      [groupId, ids],
    );
    await sql.affected(
      tx,
      `INSERT INTO cohort_group_coaches (group_id, user_id) SELECT $1, x FROM unnest($2::uuid[]) AS x
       ON CONFLICT DO NOTHING`,
      [groupId, ids],
    );
    await sql.affected(tx, `UPDATE cohort_groups SET updated_at = now() WHERE id = $1`, [groupId]);
  }

  /**
   * The group's organisations become exactly these: placements of the others end (kept, with their period), new ones
   * begin. The caller has checked that none is in another group, under the cohort's lock.
   */
  async setOrganizations(
    groupId: string,
    cohortId: string,
    ids: readonly string[],
    placedBy: string,
    tx: Db,
  ): Promise<void> {
    await sql.affected(
      tx,
      `UPDATE cohort_group_placements SET removed_at = greatest(now(), placed_at)
        WHERE group_id = $1 AND removed_at IS NULL AND NOT (organization_id = ANY($2::uuid[]))`,
      [groupId, ids],
    );
    await sql.affected(
      tx,
      `INSERT INTO cohort_group_placements (group_id, cohort_id, organization_id, placed_by)
       SELECT $1, $2, x, $4 FROM unnest($3::uuid[]) AS x
        WHERE NOT EXISTS (SELECT 1 FROM cohort_group_placements p
                           WHERE p.group_id = $1 AND p.organization_id = x AND p.removed_at IS NULL)`,
      [groupId, cohortId, ids, placedBy],
    );
    await sql.affected(tx, `UPDATE cohort_groups SET updated_at = now() WHERE id = $1`, [groupId]);
  }

  /** One group as the answer carries it (names from users and organizations: listed cross-module reads). */
  async findGroup(groupId: string, db: Db = this.db): Promise<GroupResponse | undefined> {
    const row = await sql.one<{ group: GroupResponse }>(
      db,
      `SELECT ${GROUP_JSON} AS "group" FROM cohort_groups g WHERE g.id = $1`,
      [groupId],
    );
    return row?.group;
  }

  /** The cohort's groups by name; `organizationId` narrows them to the one that organisation is placed in. */
  async listGroups(
    cohortId: string,
    organizationId: string | null,
    page: { limit: number; offset: number },
  ): Promise<{ items: GroupResponse[]; total: number }> {
    const rows = await sql.rows<GroupJsonRow>(
      this.db,
      `SELECT ${GROUP_JSON} AS "group", count(*) OVER () AS total FROM cohort_groups g
        WHERE g.cohort_id = $1
          AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM cohort_group_placements gp
                                            WHERE gp.group_id = g.id AND gp.removed_at IS NULL
                                              AND gp.organization_id = $2::uuid))
        ORDER BY g.name, g.id LIMIT $3 OFFSET $4`,
      [cohortId, organizationId, page.limit, page.offset],
    );
    return { items: rows.map((r) => r.group), total: rows.length ? Number(rows[0].total) : 0 };
  }

  /** One mentor per organisation and cohort: naming another replaces the first. */
  async setMentor(cohortId: string, organizationId: string, mentorId: string, tx: Db): Promise<void> {
    await sql.affected(
      tx,
      `INSERT INTO cohort_mentors (cohort_id, organization_id, mentor_id) VALUES ($1, $2, $3)
       ON CONFLICT (cohort_id, organization_id) DO UPDATE SET mentor_id = excluded.mentor_id, assigned_at = now()`,
      [cohortId, organizationId, mentorId],
    );
  }

  findPerson(id: string, db: Db = this.db): Promise<PersonName | undefined> {
    return sql.one<PersonName>(db, `SELECT id, full_name AS "fullName" FROM users WHERE id = $1`, [id]);
  }

  /** The organisations the caller coaches or mentors in the cohort. */
  async followedOrganizations(cohortId: string, callerId: string): Promise<string[]> {
    const rows = await sql.rows<{ organization_id: string }>(
      this.db,
      `SELECT DISTINCT organization_id FROM (${teamsFollowedBy('$1', '$2')}) f ORDER BY organization_id`,
      [cohortId, callerId],
    );
    return rows.map((r) => r.organization_id);
  }

  /** Every staff account (trainer or admin, not erased), by name. Reads users. */
  listStaff(): Promise<PersonName[]> {
    return sql.rows<PersonName>(
      this.db,
      `SELECT id, full_name AS "fullName" FROM users
        WHERE erased_at IS NULL AND roles && ARRAY['trainer', 'admin'] ORDER BY full_name, id LIMIT 500`,
    );
  }

  /** The organisations with a team in the cohort (active or completed enrolments), by name. */
  cohortOrganizations(cohortId: string): Promise<{ id: string; name: string; participants: number }[]> {
    return sql.rows<{ id: string; name: string; participants: number }>(
      this.db,
      `SELECT o.id, o.name, count(*)::int AS participants
         FROM enrollments e JOIN users u ON u.id = e.user_id JOIN organizations o ON o.id = u.organization_id
        WHERE e.cohort_id = $1 AND e.status IN ('active', 'completed') AND u.erased_at IS NULL
        GROUP BY o.id, o.name ORDER BY o.name, o.id`,
      [cohortId],
    );
  }
}
