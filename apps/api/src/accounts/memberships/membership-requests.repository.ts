import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MembershipRequestStatus } from '@keino/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { type Db, sql } from '../../common/database/sql';

export interface MembershipRequestRow {
  id: string;
  organization_id: string;
  user_id: string;
  full_name: string;
  email: string;
  email_verified: boolean;
  status: MembershipRequestStatus;
  created_at: Date;
  decided_at: Date | null;
  decided_by: string | null;
  decider_name: string | null;
}

export type MembershipRequestPageRow = MembershipRequestRow & { total: string };

const COLUMNS = `r.id, r.organization_id, r.user_id, u.full_name, u.email,
  u.email_verified_at IS NOT NULL AS email_verified, r.status, r.created_at, r.decided_at, r.decided_by,
  d.full_name AS decider_name`;
const FROM = `FROM membership_requests r JOIN users u ON u.id = r.user_id LEFT JOIN users d ON d.id = r.decided_by`;

/** The only code that reads and writes membership_requests. */
@Injectable()
export class MembershipRequestsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The new request's id, or undefined when the person already waits on one (the partial unique index decides). */
  async insertPending(
    tx: EntityManager,
    userId: string,
    organizationId: string,
  ): Promise<string | undefined> {
    const row = await sql.one<{ id: string }>(
      tx,
      `INSERT INTO membership_requests (user_id, organization_id) VALUES ($1, $2)
       ON CONFLICT (user_id) WHERE status = 'pending' DO NOTHING RETURNING id`,
      [userId, organizationId],
    );
    return row?.id;
  }

  find(id: string, db: Db = this.db): Promise<MembershipRequestRow | undefined> {
    return sql.one<MembershipRequestRow>(db, `SELECT ${COLUMNS} ${FROM} WHERE r.id = $1`, [id]);
  }

  /** The person's request that waits for a decision (a person has at most one: the partial unique index). */
  findPendingOf(userId: string): Promise<MembershipRequestRow | undefined> {
    return sql.one<MembershipRequestRow>(
      this.db,
      `SELECT ${COLUMNS} ${FROM} WHERE r.user_id = $1 AND r.status = 'pending'`,
      [userId],
    );
  }

  /** The request, locked until the transaction ends (its decision or withdrawal). */
  async lock(tx: EntityManager, id: string): Promise<MembershipRequestRow | undefined> {
    await sql.rows(tx, `SELECT id FROM membership_requests WHERE id = $1 FOR UPDATE`, [id]);
    return this.find(id, tx);
  }

  /** The organisation's requests of one status, oldest first for pending ones and newest first otherwise. */
  list(
    organizationId: string,
    status: MembershipRequestStatus,
    limit: number,
    offset: number,
  ): Promise<MembershipRequestPageRow[]> {
    const order = status === 'pending' ? 'r.created_at, r.id' : 'r.decided_at DESC, r.id';
    return sql.rows<MembershipRequestPageRow>(
      this.db,
      `SELECT ${COLUMNS}, count(*) OVER () AS total ${FROM}
       WHERE r.organization_id = $1 AND r.status = $2 AND u.erased_at IS NULL
       ORDER BY ${order} LIMIT $3 OFFSET $4`,
      [organizationId, status, limit, offset],
    );
  }

  async decide(
    tx: EntityManager,
    id: string,
    status: Exclude<MembershipRequestStatus, 'pending'>,
    deciderId: string,
  ): Promise<void> {
    await sql.affected(
      tx,
      `UPDATE membership_requests SET status = $2, decided_at = now(), decided_by = $3 WHERE id = $1`,
      [id, status, deciderId],
    );
  }

  async delete(tx: EntityManager, id: string): Promise<void> {
    await sql.affected(tx, `DELETE FROM membership_requests WHERE id = $1`, [id]);
  }

  /**
   * The person joined `organizationId` another way: a request waiting on it counts as approved (by the proof, so
   * nobody decided it), and one waiting on another organisation is withdrawn.
   */
  async settleOnJoin(tx: EntityManager, userId: string, organizationId: string): Promise<void> {
    await sql.affected(
      tx,
      `UPDATE membership_requests SET status = 'approved', decided_at = now()
       WHERE user_id = $1 AND organization_id = $2 AND status = 'pending'`,
      [userId, organizationId],
    );
    await sql.affected(tx, `DELETE FROM membership_requests WHERE user_id = $1 AND status = 'pending'`, [
      userId,
    ]);
  }

  /** Erasure: the person's requests go with them. */
  async deleteAllOf(tx: EntityManager, userId: string): Promise<void> {
    await sql.affected(tx, `DELETE FROM membership_requests WHERE user_id = $1`, [userId]);
  }
}
