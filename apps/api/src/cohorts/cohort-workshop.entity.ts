import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { Cohort } from './cohort.entity';

/** The `cohort_workshops` table, as its migrations made it (the entities-and-migrations test holds the two together). */

@Entity('cohort_workshops')
export class CohortWorkshop {
  @ForeignKey(() => Cohort, { name: 'cohort_workshops_cohort_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'cohort_id', primaryKeyConstraintName: 'cohort_workshops_pkey' })
  cohortId!: string;

  @PrimaryColumn('uuid', { name: 'activity_id', primaryKeyConstraintName: 'cohort_workshops_pkey' })
  activityId!: string;

  @Column('timestamptz', { name: 'starts_at' })
  startsAt!: Date;

  @Column('text', { nullable: true })
  location!: string | null;
}
