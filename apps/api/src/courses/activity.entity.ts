import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ActivityKind } from '@keino/contracts';
import { CourseModule } from './course-module.entity';

/** The `activities` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Check(
  'ck_activities_kind',
  `((kind = ANY (ARRAY['page'::text, 'link'::text, 'workshop'::text, 'assignment'::text, 'assessment'::text])))`,
)
@Index('ix_activities_module', ['moduleId', 'position'])
@Entity('activities')
export class Activity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'activities_pkey' })
  id!: string;

  @ForeignKey(() => CourseModule, { name: 'activities_module_id_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'module_id' })
  moduleId!: string;

  @Column('text')
  kind!: ActivityKind;

  @Column('text')
  title!: string;

  @Column('boolean')
  required!: boolean;

  @Column('text', { default: '' })
  content!: string;

  @Column('text', { nullable: true })
  url!: string | null;

  @Column('timestamptz', { name: 'starts_at', nullable: true })
  startsAt!: Date | null;

  @Column('text', { nullable: true })
  location!: string | null;

  @Column('int')
  position!: number;
}
