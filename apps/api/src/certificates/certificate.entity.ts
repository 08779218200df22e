import { Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { Enrollment } from '../enrollments/enrollment.entity';
import { User } from '../accounts/user.entity';

/** The `certificates` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Unique('uq_certificates_enrollment', ['enrollmentId'])
@Index('ix_certificates_user', ['userId'])
@Entity('certificates')
export class Certificate {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'certificates_pkey' })
  code!: string;

  @ForeignKey(() => Enrollment, { name: 'certificates_enrollment_id_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'enrollment_id' })
  enrollmentId!: string;

  @ForeignKey(() => User, { name: 'certificates_user_id_fkey', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('date', { name: 'completed_on' })
  completedOn!: string;

  @Column('timestamptz', { name: 'issued_at', default: () => 'now()' })
  issuedAt!: Date;
}
