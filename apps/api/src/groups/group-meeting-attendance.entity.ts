import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { User } from '../accounts/user.entity';
import { GroupMeeting } from './group-meeting.entity';

/** The `group_meeting_attendance` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Index('ix_group_meeting_attendance_user', ['userId'])
@Index('ix_group_meeting_attendance_recorder', ['recordedBy'])
@Entity('group_meeting_attendance')
export class GroupMeetingAttendance {
  @ForeignKey(() => GroupMeeting, { name: 'group_meeting_attendance_meeting_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'meeting_id', primaryKeyConstraintName: 'group_meeting_attendance_pkey' })
  meetingId!: string;

  @ForeignKey(() => User, { name: 'group_meeting_attendance_user_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'user_id', primaryKeyConstraintName: 'group_meeting_attendance_pkey' })
  userId!: string;

  @Column('boolean')
  attended!: boolean;

  @ForeignKey(() => User, { name: 'group_meeting_attendance_recorded_by_fkey', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'recorded_by', nullable: true })
  recordedBy!: string | null;

  @Column('timestamptz', { name: 'recorded_at', default: () => 'now()' })
  recordedAt!: Date;
}
