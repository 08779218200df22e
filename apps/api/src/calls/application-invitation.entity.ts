import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

import { Invitation } from '../accounts/memberships/invitation.entity';
import { CallApplication } from './call-application.entity';

/**
 * The `application_invitations` table, as its migration made it (the entities-and-migrations test holds the two
 * together): the organisation invitations an acceptance sent, so that registering through one enrols the person.
 */
@Index('ix_application_invitations_application', ['applicationId'])
@Entity('application_invitations')
export class ApplicationInvitation {
  @ForeignKey(() => Invitation, { name: 'fk_application_invitations_invitation', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'invitation_id', primaryKeyConstraintName: 'application_invitations_pkey' })
  invitationId!: string;

  @ForeignKey(() => CallApplication, { name: 'fk_application_invitations_application', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'application_id' })
  applicationId!: string;

  @Column('timestamptz', { name: 'enrolled_at', nullable: true })
  enrolledAt!: Date | null;
}
