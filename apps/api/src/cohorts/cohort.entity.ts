import { Check, Column, Entity, ForeignKey, PrimaryGeneratedColumn } from 'typeorm';
import { Course } from '../courses/course.entity';
import { CourseVersion } from '../courses/course-version.entity';

/** The `cohorts` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Check('ck_cohorts_capacity', `((capacity >= 1))`)
@Check('ck_cohorts_dates', `((ends_on >= starts_on))`)
@Check('ck_cohorts_seats', `(((seats_taken >= 0) AND (seats_taken <= capacity)))`)
@Entity('cohorts')
export class Cohort {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'cohorts_pkey' })
  id!: string;

  @ForeignKey(() => Course, { name: 'cohorts_course_id_fkey' })
  @Column('uuid', { name: 'course_id' })
  courseId!: string;

  @ForeignKey(() => CourseVersion, { name: 'cohorts_course_version_id_fkey' })
  @Column('uuid', { name: 'course_version_id' })
  courseVersionId!: string;

  @Column('text')
  name!: string;

  @Column('date', { name: 'starts_on' })
  startsOn!: string;

  @Column('date', { name: 'ends_on' })
  endsOn!: string;

  @Column('int')
  capacity!: number;

  @Column('int', { name: 'seats_taken', default: 0 })
  seatsTaken!: number;

  @Column('boolean', { name: 'approval_required' })
  approvalRequired!: boolean;

  @Column('timestamptz', { name: 'enrollment_closes_at', nullable: true })
  enrollmentClosesAt!: Date | null;

  /** Where the cohort meets when a workshop names no place of its own; null: the course's place. */
  @Column('text', { nullable: true })
  place!: string | null;

  @Column('text', { name: 'online_url', nullable: true })
  onlineUrl!: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
