import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The `maturity_dimensions` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Check(
  'ck_maturity_dimensions_levels',
  `(((jsonb_typeof(levels) = 'array'::text) AND (jsonb_array_length(levels) = 5)))`,
)
@Index('ix_maturity_dimensions_current', ['position'], { where: `archived_at IS NULL` })
@Entity('maturity_dimensions')
export class MaturityDimension {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'maturity_dimensions_pkey' })
  id!: string;

  @Column('int')
  position!: number;

  @Column('jsonb')
  name!: unknown;

  @Column('jsonb')
  levels!: unknown;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt!: Date | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
