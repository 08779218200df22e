import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { CohortGroup } from './cohort-group.entity';

/** The `group_meetings` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Check('ck_group_meetings_period', `(((ends_at IS NULL) OR (ends_at >= starts_at)))`)
@Index('ix_group_meetings_group', ['groupId', 'startsAt'])
@Index('ix_group_meetings_creator', ['createdBy'])
@Entity('group_meetings')
export class GroupMeeting {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'group_meetings_pkey' })
  id!: string;

  @ForeignKey(() => CohortGroup, { name: 'group_meetings_group_id_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'group_id' })
  groupId!: string;

  @Column('text')
  title!: string;

  @Column('timestamptz', { name: 'starts_at' })
  startsAt!: Date;

  @Column('timestamptz', { name: 'ends_at', nullable: true })
  endsAt!: Date | null;

  @Column('text', { nullable: true })
  location!: string | null;

  @Column('text', { name: 'online_url', nullable: true })
  onlineUrl!: string | null;

  @ForeignKey(() => User, { name: 'group_meetings_created_by_fkey', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
