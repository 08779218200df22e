import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

import { User } from './user.entity';

/**
 * The `sessions` table, as its migration made it: one sign-in on one device, kept alive by rotating refresh tokens
 * (each token points at its session). A session ends when its person signs out or ends it, a password changes or
 * resets, an admin ends it, or one of its used tokens comes back.
 */
@Index('ix_sessions_user', ['userId'])
@Entity('sessions')
export class Session {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'sessions_pkey' })
  id!: string;

  @ForeignKey(() => User, { name: 'fk_sessions_user', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'user_id' })
  userId!: string;

  /** A short description from the User-Agent of the sign-in ("Firefox on Windows"). */
  @Column('text', { default: '' })
  device!: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'last_used_at', default: () => 'now()' })
  lastUsedAt!: Date;

  /** When its newest refresh token expires; every rotation moves it on. */
  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'ended_at', nullable: true })
  endedAt!: Date | null;
}
