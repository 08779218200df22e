import { Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { DeveloperGroup } from './developer-group.entity';

/** The `developer_group_documents` table: a shared document by its name; its files are its versions. */
@Unique('uq_developer_group_documents_name', ['groupId', 'name'])
@Entity('developer_group_documents')
export class DeveloperGroupDocument {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'developer_group_documents_pkey' })
  id!: string;

  @ForeignKey(() => DeveloperGroup, { name: 'developer_group_documents_group_id_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'group_id' })
  groupId!: string;

  @Column('text')
  name!: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
