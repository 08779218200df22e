import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

import { IdentityProvider } from './identity-provider.entity';

/** The `identity_provider_domains` table: an email domain leads to one provider. */
@Index('ix_identity_provider_domains_provider', ['providerId'])
@Entity('identity_provider_domains')
export class IdentityProviderDomain {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'identity_provider_domains_pkey' })
  domain!: string;

  @ForeignKey(() => IdentityProvider, { name: 'fk_identity_provider_domains_provider', onDelete: 'CASCADE' })
  @Column('uuid', { name: 'provider_id' })
  providerId!: string;
}
