import { Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { Course } from './course.entity';
import { User } from '../accounts/user.entity';

/** The `course_trainers` table, as its migrations made it (the entities-and-migrations test holds the two together). */

@Entity('course_trainers')
export class CourseTrainer {
  @ForeignKey(() => Course, { name: 'course_trainers_course_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'course_id', primaryKeyConstraintName: 'course_trainers_pkey' })
  courseId!: string;

  @ForeignKey(() => User, { name: 'course_trainers_user_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'user_id', primaryKeyConstraintName: 'course_trainers_pkey' })
  userId!: string;
}
