import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DeveloperGroupEvent } from './developer-group-event.entity';

/** The `developer_group_event_registrations` table: suppliers' registrations, personal data kept a year. */
// Defined by its migration, beyond what TypeORM expresses: CREATE UNIQUE INDEX uq_developer_group_event_registrations_email ON developer_group_event_registrations USING btree (event_id, lower(email))
@Index('uq_developer_group_event_registrations_email', { synchronize: false })
@Entity('developer_group_event_registrations')
export class DeveloperGroupEventRegistration {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'developer_group_event_registrations_pkey' })
  id!: string;

  @ForeignKey(() => DeveloperGroupEvent, {
    name: 'developer_group_event_registrations_event_id_fkey',
    onDelete: 'CASCADE',
  })
  @Column('uuid', { name: 'event_id' })
  eventId!: string;

  @Column('text', { name: 'full_name' })
  fullName!: string;

  @Column('text')
  company!: string;

  @Column('text', { name: 'business_id' })
  businessId!: string;

  @Column('text')
  email!: string;

  @Column('timestamptz', { name: 'consented_at', default: () => 'now()' })
  consentedAt!: Date;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
