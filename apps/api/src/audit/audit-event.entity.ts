import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The `audit_events` table, as its migrations made it (the entities-and-migrations test holds the two together). */
// Defined by its migration, beyond what TypeORM expresses: CREATE INDEX ix_audit_events_created ON audit_events USING btree (created_at DESC)
@Index('ix_audit_events_created', { synchronize: false })
@Index('ix_audit_events_subject', ['subjectId'])
@Entity('audit_events')
export class AuditEvent {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'audit_events_pkey',
  })
  id!: string;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('text')
  action!: string;

  @Column('text', { name: 'subject_type' })
  subjectType!: string;

  @Column('uuid', { name: 'subject_id' })
  subjectId!: string;

  @Column('jsonb', { default: () => "'{}'" })
  details!: unknown;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
