import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Novelty, ProcurementProcedure, ProcurementStatus } from '@keino/contracts';
import { ProcurementCase } from '../cases/procurement-case.entity';
import { Organization } from '../organizations/organization.entity';

/** The `procurements` table, as its migration made it (the entities-and-migrations test holds the two together). */
@Check('ck_procurements_cpv', `((cpv_code ~ '^[0-9]{8}-[0-9]$'::text))`)
@Check('ck_procurements_value', `((value_eur >= 0))`)
@Check('ck_procurements_year', `(((year >= 2000) AND (year <= 2100)))`)
@Check(
  'ck_procurements_procedure',
  `((procedure = ANY (ARRAY['open'::text, 'restricted'::text, 'negotiated'::text, 'competitive_dialogue'::text, 'innovation_partnership'::text, 'direct_award'::text, 'framework'::text, 'other'::text])))`,
)
@Check(
  'ck_procurements_status',
  `((status = ANY (ARRAY['planned'::text, 'tendering'::text, 'contracted'::text, 'completed'::text])))`,
)
@Check(
  'ck_procurements_novelty',
  `((novelty = ANY (ARRAY['new_to_market'::text, 'new_procedure'::text, 'new_to_buyer'::text, 'none'::text])))`,
)
@Check(
  'ck_procurements_sustainability',
  `((sustainability <@ ARRAY['environmental'::text, 'social'::text, 'circular'::text, 'climate'::text]))`,
)
@Index('ix_procurements_year', ['year', 'organizationId'])
@Index('ix_procurements_organization', ['organizationId', 'year'])
@Entity('procurements')
export class Procurement {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'procurements_pkey' })
  id!: string;

  @ForeignKey(() => Organization, { name: 'procurements_organization_id_fkey' })
  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text')
  title!: string;

  @Column('text', { default: '' })
  description!: string;

  @Column('text', { name: 'cpv_code' })
  cpvCode!: string;

  @Column('bigint', { name: 'value_eur' })
  valueEur!: string;

  @Column('integer')
  year!: number;

  @Column('text')
  procedure!: ProcurementProcedure;

  @Column('text')
  status!: ProcurementStatus;

  @Column('text')
  novelty!: Novelty;

  @Column('text', { array: true, default: () => "'{}'" })
  sustainability!: string[];

  @Column('boolean', { name: 'market_dialogue' })
  marketDialogue!: boolean;

  @Column('boolean')
  strategic!: boolean;

  @ForeignKey(() => ProcurementCase, { name: 'procurements_case_id_fkey', onDelete: 'SET NULL' })
  @Column('uuid', { name: 'case_id', nullable: true })
  caseId!: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
