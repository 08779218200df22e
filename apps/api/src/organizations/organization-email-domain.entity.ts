import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

import { Organization } from './organization.entity';

/**
 * The `organization_email_domains` table, as its migrations made it (the entities-and-migrations test holds the two
 * together): the email domains an admin verified as the organisation's own.
 */
@Check('ck_organization_email_domains_lower', `((domain = lower(domain)))`)
@Index('ix_organization_email_domains_organization', ['organizationId'])
@Entity('organization_email_domains')
export class OrganizationEmailDomain {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'organization_email_domains_pkey' })
  domain!: string;

  @ForeignKey(() => Organization, { name: 'fk_organization_email_domains_organization', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
