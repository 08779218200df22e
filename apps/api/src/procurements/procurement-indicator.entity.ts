import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { IndicatorDirection } from '@keino/contracts';
import { Procurement } from './procurement.entity';

/** The `procurement_indicators` table: what a procurement's impact is followed by. */
@Check('ck_indicators_direction', `((direction = ANY (ARRAY['increase'::text, 'decrease'::text])))`)
@Index('ix_indicators_procurement', ['procurementId', 'createdAt'])
@Entity('procurement_indicators')
export class ProcurementIndicator {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'procurement_indicators_pkey' })
  id!: string;

  @ForeignKey(() => Procurement, { name: 'procurement_indicators_procurement_id_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'procurement_id' })
  procurementId!: string;

  @Column('text')
  name!: string;

  @Column('text')
  unit!: string;

  @Column('double precision')
  baseline!: number;

  @Column('double precision')
  target!: number;

  @Column('text')
  direction!: IndicatorDirection;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
