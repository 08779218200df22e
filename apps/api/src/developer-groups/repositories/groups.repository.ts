// Reads across modules (read-only): users (full_name, roles, organization_id: the caller's proved organisation, ADR
// 0008) and organizations (name) of the people and organisations a group shows.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JoinRequestStatus, Locale } from '@keino/contracts';
import { DataSource } from 'typeorm';

import { type Db, sql } from '../../common/database/sql';

export interface PersonJson {
  id: string;
  fullName: string;
}

export interface GroupRow {
  id: string;
  name: string;
  theme: string;
  description: string;
  language: Locale;
  facilitators: PersonJson[];
  organization_count: number;
  member: boolean;
}

export interface GroupListRow extends GroupRow {
  total: string;
}

/** What the caller may do in a group, read in one statement with the group itself. */
export interface GroupAccessRow {
  id: string;
  name: string;
  language: Locale;
  /** The caller's proved organisation (null without one). */
  organization_id: string | null;
  member: boolean;
  facilitator: boolean;
}

export interface MemberRow {
  group_id: string;
  organization_id: string;
  organization_name: string;
  joined_at: Date;
}

export interface JoinRequestRow {
  id: string;
  group_id: string;
  organization_id: string;
  organization_name: string;
  requester_id: string | null;
  requester_name: string | null;
  message: string | null;
  status: JoinRequestStatus;
  created_at: Date;
  decided_at: Date | null;
}

const GROUP_SELECT = `
  g.id, g.name, g.theme, g.description, g.language,
  (SELECT coalesce(json_agg(json_build_object('id', u.id, 'fullName', u.full_name) ORDER BY u.full_name), '[]')
     FROM developer_group_facilitators f JOIN users u ON u.id = f.user_id WHERE f.group_id = g.id) AS facilitators,
  (SELECT count(*)::int FROM developer_group_members m WHERE m.group_id = g.id) AS organization_count,
  EXISTS (SELECT 1 FROM developer_group_members m JOIN users me ON me.organization_id = m.organization_id
           WHERE m.group_id = g.id AND me.id = $1) AS member`;

const REQUEST_SELECT = `
  r.id, r.group_id, r.organization_id, o.name AS organization_name, r.requested_by AS requester_id,
  u.full_name AS requester_name, r.message, r.status, r.created_at, r.decided_at
  FROM developer_group_join_requests r
  JOIN organizations o ON o.id = r.organization_id
  LEFT JOIN users u ON u.id = r.requested_by`;

/** The only code that reads and writes developer_groups, their facilitators, members and join requests. */
@Injectable()
export class GroupsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Of the given people, those who are not staff (trainer or admin) or do not exist. */
  async notStaff(userIds: string[], db: Db = this.db): Promise<string[]> {
    const rows = await sql.rows<{ id: string }>(
      db,
      `SELECT x.id FROM unnest($1::uuid[]) AS x(id)
        WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = x.id AND u.erased_at IS NULL
                            AND u.roles && ARRAY['trainer', 'admin']::text[])`,
      [userIds],
    );
    return rows.map((r) => r.id);
  }

  async insert(
    tx: Db,
    group: { name: string; theme: string; description: string; language: Locale; facilitatorIds: string[] },
  ): Promise<string> {
    const row = await sql.one<{ id: string }>(
      tx,
      `INSERT INTO developer_groups (name, theme, description, language) VALUES ($1, $2, $3, $4) RETURNING id`,
      [group.name, group.theme, group.description, group.language],
    );
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    await sql.affected(
      tx,
      `INSERT INTO developer_group_facilitators (group_id, user_id)
       SELECT $1, x FROM unnest($2::uuid[]) AS x ON CONFLICT DO NOTHING`,
      [row.id, group.facilitatorIds],
    );
    return row.id;
  }

  find(id: string, callerId: string): Promise<GroupRow | undefined> {
    return sql.one<GroupRow>(this.db, `SELECT ${GROUP_SELECT} FROM developer_groups g WHERE g.id = $2`, [
      callerId,
      id,
    ]);
  }

  list(filter: {
    callerId: string;
    pattern: string | null;
    theme: string | null;
    limit: number;
    offset: number;
  }): Promise<GroupListRow[]> {
    return sql.rows<GroupListRow>(
      this.db,
      `SELECT ${GROUP_SELECT}, count(*) OVER () AS total
         FROM developer_groups g
        WHERE ($2::text IS NULL OR g.name ILIKE $2 OR g.description ILIKE $2 OR g.theme ILIKE $2)
          AND ($3::text IS NULL OR lower(g.theme) = lower($3))
        ORDER BY g.name, g.id LIMIT $4 OFFSET $5`,
      [filter.callerId, filter.pattern, filter.theme, filter.limit, filter.offset],
    );
  }

  access(groupId: string, callerId: string, db: Db = this.db): Promise<GroupAccessRow | undefined> {
    return sql.one<GroupAccessRow>(
      db,
      `SELECT g.id, g.name, g.language, me.organization_id,
              EXISTS (SELECT 1 FROM developer_group_members m
                       WHERE m.group_id = g.id AND m.organization_id = me.organization_id) AS member,
              EXISTS (SELECT 1 FROM developer_group_facilitators f
                       WHERE f.group_id = g.id AND f.user_id = $2) AS facilitator
         FROM developer_groups g
         LEFT JOIN users me ON me.id = $2 AND me.erased_at IS NULL
        WHERE g.id = $1`,
      [groupId, callerId],
    );
  }

  members(groupId: string): Promise<MemberRow[]> {
    return sql.rows<MemberRow>(
      this.db,
      `SELECT m.group_id, m.organization_id, o.name AS organization_name, m.joined_at
         FROM developer_group_members m JOIN organizations o ON o.id = m.organization_id
        WHERE m.group_id = $1 ORDER BY o.name, o.id`,
      [groupId],
    );
  }

  organizationExists(organizationId: string, db: Db = this.db): Promise<boolean> {
    return sql
      .one<{ id: string }>(db, `SELECT id FROM organizations WHERE id = $1`, [organizationId])
      .then((row) => !!row);
  }

  /** The new member, or undefined when the organisation already belongs. */
  addMember(
    tx: Db,
    groupId: string,
    organizationId: string,
    joinedAt?: Date,
  ): Promise<MemberRow | undefined> {
    return sql.one<MemberRow>(
      tx,
      `WITH added AS (
         INSERT INTO developer_group_members (group_id, organization_id, joined_at)
         VALUES ($1, $2, coalesce($3::timestamptz, now()))
         ON CONFLICT DO NOTHING RETURNING group_id, organization_id, joined_at)
       SELECT a.group_id, a.organization_id, o.name AS organization_name, a.joined_at
         FROM added a JOIN organizations o ON o.id = a.organization_id`,
      [groupId, organizationId, joinedAt ?? null],
    );
  }

  /** The new request, or undefined when one of the organisation is already pending (the partial unique index). */
  async addRequest(
    tx: Db,
    input: { groupId: string; organizationId: string; requestedBy: string; message: string | null },
  ): Promise<string | undefined> {
    const row = await sql.one<{ id: string }>(
      tx,
      `INSERT INTO developer_group_join_requests (group_id, organization_id, requested_by, message)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (group_id, organization_id) WHERE status = 'pending' DO NOTHING RETURNING id`,
      [input.groupId, input.organizationId, input.requestedBy, input.message],
    );
    return row?.id;
  }

  findRequest(id: string, db: Db = this.db, lock = false): Promise<JoinRequestRow | undefined> {
    return sql.one<JoinRequestRow>(
      db,
      `SELECT ${REQUEST_SELECT} WHERE r.id = $1${lock ? ' FOR UPDATE OF r' : ''}`,
      [id],
    );
  }

  pendingRequestOf(groupId: string, organizationId: string): Promise<string | undefined> {
    return sql
      .one<{ id: string }>(
        this.db,
        `SELECT id FROM developer_group_join_requests
          WHERE group_id = $1 AND organization_id = $2 AND status = 'pending'`,
        [groupId, organizationId],
      )
      .then((row) => row?.id);
  }

  requests(groupId: string, status: JoinRequestStatus | null): Promise<JoinRequestRow[]> {
    return sql.rows<JoinRequestRow>(
      this.db,
      `SELECT ${REQUEST_SELECT} WHERE r.group_id = $1 AND ($2::text IS NULL OR r.status = $2)
        ORDER BY r.created_at DESC, r.id`,
      [groupId, status],
    );
  }

  async decide(tx: Db, id: string, status: JoinRequestStatus, decidedBy: string): Promise<void> {
    await sql.affected(
      tx,
      `UPDATE developer_group_join_requests SET status = $2, decided_at = now(), decided_by = $3 WHERE id = $1`,
      [id, status, decidedBy],
    );
  }
}
