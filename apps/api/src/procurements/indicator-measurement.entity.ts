import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { ProcurementIndicator } from './procurement-indicator.entity';

/** The `indicator_measurements` table: one value per indicator and day (a new value of the same day replaces it). */
@Entity('indicator_measurements')
export class IndicatorMeasurement {
  @ForeignKey(() => ProcurementIndicator, {
    name: 'indicator_measurements_indicator_id_fkey',
    onDelete: 'CASCADE',
  })
  @PrimaryColumn('uuid', { name: 'indicator_id', primaryKeyConstraintName: 'indicator_measurements_pkey' })
  indicatorId!: string;

  @PrimaryColumn('date', { name: 'measured_on', primaryKeyConstraintName: 'indicator_measurements_pkey' })
  measuredOn!: string;

  @Column('double precision')
  value!: number;
}
