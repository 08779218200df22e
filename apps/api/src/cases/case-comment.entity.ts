import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ProcurementCase } from './procurement-case.entity';
import { User } from '../accounts/user.entity';

/** The `case_comments` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Index('ix_case_comments_case', ['caseId', 'createdAt'])
@Entity('case_comments')
export class CaseComment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'case_comments_pkey' })
  id!: string;

  @ForeignKey(() => ProcurementCase, { name: 'case_comments_case_id_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @ForeignKey(() => User, { name: 'case_comments_author_id_fkey', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'author_id', nullable: true })
  authorId!: string | null;

  @Column('text')
  body!: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
