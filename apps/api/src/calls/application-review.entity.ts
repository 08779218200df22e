import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

import { User } from '../accounts/user.entity';
import { CallApplication } from './call-application.entity';

/** The `application_reviews` table, as its migration made it (the entities-and-migrations test holds the two together). */
@Check(
  'ck_application_reviews_weighted_score',
  `(((weighted_score >= (0)::double precision) AND (weighted_score <= (5)::double precision)))`,
)
@Index('ix_application_reviews_reviewer', ['reviewerId'])
@Entity('application_reviews')
export class ApplicationReview {
  @ForeignKey(() => CallApplication, { name: 'fk_application_reviews_application', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'application_id', primaryKeyConstraintName: 'pk_application_reviews' })
  applicationId!: string;

  @ForeignKey(() => User, { name: 'fk_application_reviews_reviewer', onDelete: 'CASCADE' })
  @PrimaryColumn('uuid', { name: 'reviewer_id', primaryKeyConstraintName: 'pk_application_reviews' })
  reviewerId!: string;

  @Column('jsonb')
  scores!: Record<string, number>;

  @Column('text', { default: '' })
  comment!: string;

  @Column('double precision', { name: 'weighted_score' })
  weightedScore!: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
