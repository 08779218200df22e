import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { CourseVersion } from './course-version.entity';
import { VersionModule } from './version-module.entity';

/** The `version_activities` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@ForeignKey(() => VersionModule, ['versionId', 'moduleId'], ['versionId', 'moduleId'], {
  name: 'version_activities_version_id_module_id_fkey',
  onDelete: 'CASCADE',
})
@Entity('version_activities')
export class VersionActivity {
  @ForeignKey(() => CourseVersion, { name: 'version_activities_version_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'version_id', primaryKeyConstraintName: 'version_activities_pkey' })
  versionId!: string;

  @PrimaryColumn('uuid', { name: 'activity_id', primaryKeyConstraintName: 'version_activities_pkey' })
  activityId!: string;

  @Column('uuid', { name: 'module_id' })
  moduleId!: string;

  @Column('text')
  kind!: string;

  @Column('text')
  title!: string;

  @Column('boolean')
  required!: boolean;

  @Column('text')
  content!: string;

  @Column('text', { nullable: true })
  url!: string | null;

  @Column('timestamptz', { name: 'starts_at', nullable: true })
  startsAt!: Date | null;

  @Column('text', { nullable: true })
  location!: string | null;

  @Column('int')
  position!: number;

  @Column('int', { name: 'module_position' })
  modulePosition!: number;

  @Column('int')
  ordinal!: number;
}
