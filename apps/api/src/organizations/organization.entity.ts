import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { OrganizationKind, RegionCode } from '@keino/contracts';

/** The `organizations` table, as its migrations made it (the entities-and-migrations test holds the two together). */
@Check(
  'ck_organizations_kind',
  `((kind = ANY (ARRAY['municipality'::text, 'wellbeing_county'::text, 'state_agency'::text, 'joint_authority'::text, 'other'::text])))`,
)
@Check(
  'ck_organizations_region',
  `((region = ANY (ARRAY['01'::text, '02'::text, '04'::text, '05'::text, '06'::text, '07'::text, '08'::text, '09'::text, '10'::text, '11'::text, '12'::text, '13'::text, '14'::text, '15'::text, '16'::text, '17'::text, '18'::text, '19'::text, '21'::text])))`,
)
@Unique('uq_organizations_business_id', ['businessId'])
@Index('ix_organizations_region', ['region'])
@Entity('organizations')
export class Organization {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'organizations_pkey' })
  id!: string;

  @Column('text')
  name!: string;

  @Column('text', { name: 'business_id' })
  businessId!: string;

  @Column('text')
  kind!: OrganizationKind;

  @Column('text')
  region!: RegionCode;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
