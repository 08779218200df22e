import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Course } from './course.entity';

/** The `course_modules` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Index('ix_course_modules_course', ['courseId', 'position'])
@Entity('course_modules')
export class CourseModule {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'course_modules_pkey' })
  id!: string;

  @ForeignKey(() => Course, { name: 'course_modules_course_id_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'course_id' })
  courseId!: string;

  @Column('text')
  title!: string;

  @Column('text', { default: '' })
  summary!: string;

  @Column('int')
  position!: number;
}
