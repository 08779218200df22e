import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { CourseVersion } from './course-version.entity';

/** The `version_modules` table, as its migrations made it (the entities-and-migrations test holds the two together). */

@Entity('version_modules')
export class VersionModule {
  @ForeignKey(() => CourseVersion, { name: 'version_modules_version_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'version_id', primaryKeyConstraintName: 'version_modules_pkey' })
  versionId!: string;

  @PrimaryColumn('uuid', { name: 'module_id', primaryKeyConstraintName: 'version_modules_pkey' })
  moduleId!: string;

  @Column('text')
  title!: string;

  @Column('text')
  summary!: string;

  @Column('int')
  position!: number;

  @Column('int', { name: 'total_required' })
  totalRequired!: number;
}
