import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { DeveloperGroupThread } from './developer-group-thread.entity';
import { User } from '../../accounts/user.entity';

/** The `developer_group_thread_readers` table: who follows a thread and when they last read it. */
@Index('ix_developer_group_thread_readers_user', ['userId'])
@Entity('developer_group_thread_readers')
export class DeveloperGroupThreadReader {
  @ForeignKey(() => DeveloperGroupThread, {
    name: 'developer_group_thread_readers_thread_id_fkey',
    onDelete: 'CASCADE',
  })
  @PrimaryColumn('uuid', {
    name: 'thread_id',
    primaryKeyConstraintName: 'developer_group_thread_readers_pkey',
  })
  threadId!: string;

  @ForeignKey(() => User, { name: 'developer_group_thread_readers_user_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'user_id', primaryKeyConstraintName: 'developer_group_thread_readers_pkey' })
  userId!: string;

  @Column('boolean', { default: false })
  following!: boolean;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt!: Date | null;

  /** Up to when the daily digest told the person of replies here. */
  @Column('timestamptz', { name: 'digested_at', nullable: true })
  digestedAt!: Date | null;
}
