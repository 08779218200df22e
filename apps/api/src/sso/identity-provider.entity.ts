import { Column, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';

import { Organization } from '../organizations/organization.entity';

/** The `identity_providers` table, as its migration made it (the entities-and-migrations test holds the two together). */
@Unique('uq_identity_providers_issuer', ['organizationId', 'issuer'])
@Entity('identity_providers')
export class IdentityProvider {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'identity_providers_pkey' })
  id!: string;

  @ForeignKey(() => Organization, { name: 'fk_identity_providers_organization', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text')
  issuer!: string;

  @Column('text', { name: 'client_id' })
  clientId!: string;

  /** Sealed (secret-box.ts), never the secret itself. */
  @Column('text', { name: 'client_secret' })
  clientSecret!: string;

  @Column('boolean', { default: true })
  enabled!: boolean;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
