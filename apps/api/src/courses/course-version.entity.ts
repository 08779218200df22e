import { Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Course } from './course.entity';
import { User } from '../accounts/user.entity';

/** The `course_versions` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Unique('uq_course_versions_course_version', ['courseId', 'version'])
@Entity('course_versions')
export class CourseVersion {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'course_versions_pkey' })
  id!: string;

  @ForeignKey(() => Course, { name: 'course_versions_course_id_fkey' })
  @Column('uuid', { name: 'course_id' })
  courseId!: string;

  @Column('int')
  version!: number;

  @Column('text')
  title!: string;

  @Column('text')
  summary!: string;

  @Column('text')
  language!: string;

  @Column('int', { name: 'total_required' })
  totalRequired!: number;

  @Column('timestamptz', { name: 'published_at', default: () => 'now()' })
  publishedAt!: Date;

  @ForeignKey(() => User, { name: 'course_versions_published_by_fkey', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'published_by', nullable: true })
  publishedBy!: string | null;
}
