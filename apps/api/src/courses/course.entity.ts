import { Check, Column, Entity, ForeignKey, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale } from '@keino/contracts';
import { User } from '../accounts/user.entity';

/** The `courses` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Check('ck_courses_language', `((language = ANY (ARRAY['fi'::text, 'sv'::text, 'en'::text])))`)
@Entity('courses')
export class Course {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'courses_pkey' })
  id!: string;

  @Column('text')
  title!: string;

  @Column('text', { default: '' })
  summary!: string;

  @Column('text')
  language!: Locale;

  @Column('int', { name: 'latest_version', nullable: true })
  latestVersion!: number | null;

  @ForeignKey(() => User, { name: 'fk_courses_created_by', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
