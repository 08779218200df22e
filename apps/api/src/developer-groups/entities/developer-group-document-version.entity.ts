import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { DeveloperGroupDocument } from './developer-group-document.entity';
import { User } from '../../accounts/user.entity';

/** The `developer_group_document_versions` table: each file stored under a document's name, by its id on disk. */
@Check('ck_developer_group_document_versions_size', `((size_bytes > 0))`)
@Unique('uq_developer_group_document_versions', ['documentId', 'version'])
@Index('ix_developer_group_document_versions_uploader', ['uploadedBy'])
@Entity('developer_group_document_versions')
export class DeveloperGroupDocumentVersion {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'developer_group_document_versions_pkey' })
  id!: string;

  @ForeignKey(() => DeveloperGroupDocument, {
    name: 'developer_group_document_versions_document_id_fkey',
    onDelete: 'CASCADE',
  })
  @Column('uuid', { name: 'document_id' })
  documentId!: string;

  @Column('int')
  version!: number;

  @Column('text', { name: 'media_type' })
  mediaType!: string;

  @Column('int', { name: 'size_bytes' })
  sizeBytes!: number;

  @Column('text')
  sha256!: string;

  @ForeignKey(() => User, {
    name: 'developer_group_document_versions_uploaded_by_fkey',
    onDelete: 'SET NULL',
  })
  @Column('uuid', { name: 'uploaded_by', nullable: true })
  uploadedBy!: string | null;

  @Column('timestamptz', { name: 'uploaded_at', default: () => 'now()' })
  uploadedAt!: Date;
}
