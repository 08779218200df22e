import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { GroupEventKind } from '@keino/contracts';
import { DeveloperGroup } from './developer-group.entity';

/** The `developer_group_events` table: meetings and market dialogues; only a market dialogue takes registrations. */
@Check('ck_developer_group_events_kind', `((kind = ANY (ARRAY['meeting'::text, 'market_dialogue'::text])))`)
@Check(
  'ck_developer_group_events_registration',
  `(((NOT registration_open) OR (kind = 'market_dialogue'::text)))`,
)
@Index('ix_developer_group_events_group', ['groupId', 'startsAt'])
@Entity('developer_group_events')
export class DeveloperGroupEvent {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'developer_group_events_pkey' })
  id!: string;

  @ForeignKey(() => DeveloperGroup, { name: 'developer_group_events_group_id_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'group_id' })
  groupId!: string;

  @Column('text')
  title!: string;

  @Column('text')
  kind!: GroupEventKind;

  @Column('timestamptz', { name: 'starts_at' })
  startsAt!: Date;

  @Column('text', { nullable: true })
  location!: string | null;

  @Column('text', { name: 'online_url', nullable: true })
  onlineUrl!: string | null;

  @Column('text', { nullable: true })
  description!: string | null;

  @Column('boolean', { name: 'registration_open', default: false })
  registrationOpen!: boolean;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
