import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { type Db, sql } from '../../common/database/sql';

export interface InvitationRow {
  id: string;
  organization_id: string;
  email: string;
  invited_by: string;
  inviter_name: string;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
}

export type InvitationPageRow = InvitationRow & { total: string };

export interface LiveInvitationRow {
  id: string;
  organization_id: string;
  email: string;
}

const COLUMNS = `i.id, i.organization_id, i.email, i.invited_by, u.full_name AS inviter_name, i.created_at,
  i.expires_at, i.accepted_at`;
/** Neither accepted, revoked nor expired. */
const OPEN = `i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()`;

/** The only code that reads and writes invitations; tokens arrive here already hashed. */
@Injectable()
export class InvitationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /**
   * A new invitation, unless one to the address is still open (the partial unique index decides); an expired one is
   * revoked first, so it does not stand in the way.
   */
  async insertUnlessOpen(
    tx: EntityManager,
    invitation: {
      organizationId: string;
      email: string;
      tokenHash: string;
      invitedBy: string;
      lifetimeHours: number;
    },
  ): Promise<string | undefined> {
    await sql.affected(
      tx,
      `UPDATE invitations SET revoked_at = now()
       WHERE organization_id = $1 AND lower(email) = lower($2) AND accepted_at IS NULL AND revoked_at IS NULL
         AND expires_at <= now()`,
      [invitation.organizationId, invitation.email],
    );
    const row = await sql.one<{ id: string }>(
      tx,
      `INSERT INTO invitations (organization_id, email, token_hash, invited_by, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5))
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        invitation.organizationId,
        invitation.email,
        invitation.tokenHash,
        invitation.invitedBy,
        invitation.lifetimeHours,
      ],
    );
    return row?.id;
  }

  find(id: string, db: Db = this.db): Promise<InvitationRow | undefined> {
    return sql.one<InvitationRow>(
      db,
      `SELECT ${COLUMNS} FROM invitations i JOIN users u ON u.id = i.invited_by WHERE i.id = $1`,
      [id],
    );
  }

  /** The organisation's open invitations, newest first. */
  listOpen(organizationId: string, limit: number, offset: number): Promise<InvitationPageRow[]> {
    return sql.rows<InvitationPageRow>(
      this.db,
      `SELECT ${COLUMNS}, count(*) OVER () AS total
       FROM invitations i JOIN users u ON u.id = i.invited_by
       WHERE i.organization_id = $1 AND ${OPEN}
       ORDER BY i.created_at DESC, i.id LIMIT $2 OFFSET $3`,
      [organizationId, limit, offset],
    );
  }

  /** The open invitation a token names; with `tx`, locked until the transaction ends (its acceptance). */
  findOpenByToken(tokenHash: string, tx?: EntityManager): Promise<LiveInvitationRow | undefined> {
    return sql.one<LiveInvitationRow>(
      tx ?? this.db,
      `SELECT i.id, i.organization_id, i.email FROM invitations i
       WHERE i.token_hash = $1 AND ${OPEN} ${tx ? 'FOR UPDATE' : ''}`,
      [tokenHash],
    );
  }

  async markAccepted(tx: EntityManager, id: string, userId: string): Promise<void> {
    await sql.affected(tx, `UPDATE invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1`, [
      id,
      userId,
    ]);
  }

  /** Revokes an invitation not yet accepted (again is fine); answers false when it was accepted. */
  /** Ends the open invitations of the organisation to the address (a new one takes their place). */
  async revokeOpen(tx: EntityManager, organizationId: string, email: string): Promise<void> {
    await sql.affected(
      tx,
      `UPDATE invitations SET revoked_at = now()
       WHERE organization_id = $1 AND lower(email) = lower($2) AND accepted_at IS NULL AND revoked_at IS NULL`,
      [organizationId, email.trim()],
    );
  }

  async revoke(id: string): Promise<boolean> {
    const touched = await sql.affected(
      this.db,
      `UPDATE invitations SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 AND accepted_at IS NULL`,
      [id],
    );
    return touched > 0;
  }

  /** Erasure: an accepted invitation keeps no trace of the address it went to. */
  async forgetAcceptedBy(tx: EntityManager, userId: string): Promise<void> {
    await sql.affected(
      tx,
      `UPDATE invitations SET email = 'erased-' || id || '@erased.invalid' WHERE accepted_by = $1`,
      [userId],
    );
  }
}
