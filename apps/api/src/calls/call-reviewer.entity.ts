import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

import { User } from '../accounts/user.entity';
import { Call } from './call.entity';

/** The `call_reviewers` table, as its migration made it (the entities-and-migrations test holds the two together). */
@Index('ix_call_reviewers_user', ['userId'])
@Entity('call_reviewers')
export class CallReviewer {
  @ForeignKey(() => Call, { name: 'fk_call_reviewers_call', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'call_id', primaryKeyConstraintName: 'pk_call_reviewers' })
  callId!: string;

  @ForeignKey(() => User, { name: 'fk_call_reviewers_user', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'user_id', primaryKeyConstraintName: 'pk_call_reviewers' })
  userId!: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
