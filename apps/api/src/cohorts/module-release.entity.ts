import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Cohort } from './cohort.entity';

/** The `module_releases` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Index('ix_module_releases_day', ['releasesOn'])
@Entity('module_releases')
export class ModuleRelease {
  @ForeignKey(() => Cohort, { name: 'module_releases_cohort_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'cohort_id', primaryKeyConstraintName: 'module_releases_pkey' })
  cohortId!: string;

  @PrimaryColumn('uuid', { name: 'module_id', primaryKeyConstraintName: 'module_releases_pkey' })
  moduleId!: string;

  @Column('date', { name: 'releases_on' })
  releasesOn!: string;
}
