import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ApplicationSponsor, ApplicationStatus, TeamMember } from '@keino/contracts';

import { User } from '../accounts/user.entity';
import { Organization } from '../organizations/organization.entity';
import { Call } from './call.entity';

/** The `call_applications` table, as its migration made it (the entities-and-migrations test holds the two together). */
@Check(
  'ck_call_applications_status',
  `((status = ANY (ARRAY['draft'::text, 'submitted'::text, 'accepted'::text, 'rejected'::text, 'reserve'::text])))`,
)
@Unique('uq_call_applications_organization', ['callId', 'organizationId'])
@Index('ix_call_applications_organization', ['organizationId'])
@Entity('call_applications')
export class CallApplication {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'call_applications_pkey' })
  id!: string;

  @ForeignKey(() => Call, { name: 'fk_call_applications_call', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'call_id' })
  callId!: string;

  @ForeignKey(() => Organization, { name: 'fk_call_applications_organization', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text', { default: 'draft' })
  status!: ApplicationStatus;

  @Column('text', { name: 'development_task', default: '' })
  developmentTask!: string;

  @Column('text', { default: '' })
  motivation!: string;

  @Column('jsonb', { default: () => `'{"email": "", "title": "", "fullName": ""}'` })
  sponsor!: ApplicationSponsor;

  @Column('jsonb', { default: () => `'[]'` })
  team!: TeamMember[];

  @Column('integer', { default: 1 })
  version!: number;

  @ForeignKey(() => User, { name: 'fk_call_applications_created_by', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @ForeignKey(() => User, { name: 'fk_call_applications_updated_by', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'updated_by', nullable: true })
  updatedBy!: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;

  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt!: Date | null;

  @ForeignKey(() => User, { name: 'fk_call_applications_submitted_by', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'submitted_by', nullable: true })
  submittedBy!: string | null;

  @Column('text', { name: 'decision_message', nullable: true })
  decisionMessage!: string | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @ForeignKey(() => User, { name: 'fk_call_applications_decided_by', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'decided_by', nullable: true })
  decidedBy!: string | null;
}
