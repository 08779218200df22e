import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { ListResponse, IdentityProviderResponse, SsoDiscoveryResponse } from '@keino/contracts';
import type { EntityManager } from 'typeorm';

import { PageQueryDto } from '../common/pagination/page.query';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { OrganizationsService } from '../organizations/organizations.service';
import { CreateIdentityProviderDto, UpdateIdentityProviderDto } from './dto/identity-provider.dto';
import { toIdentityProviderResponse } from './identity-provider.mapper';
import { IdentityProviderRow, IdentityProvidersRepository } from './identity-providers.repository';
import { OidcClients, ProviderSettings } from './oidc-clients';
import { SecretBox } from './secret-box';
import { ssoErrors } from './sso.errors';

/** A provider as sign-in uses it: its settings (the secret opened) and its organisation's rules. */
export interface SignInProvider extends ProviderSettings {
  organizationId: string;
  emailDomains: string[];
  enabled: boolean;
}

/** Admins register an organisation's identity providers; sign-in finds them by id or by an address's domain. */
@Injectable()
export class IdentityProvidersService {
  private readonly box: SecretBox;

  constructor(
    private readonly providers: IdentityProvidersRepository,
    private readonly organizations: OrganizationsService,
    private readonly clients: OidcClients,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.box = new SecretBox(config.secretsKey);
  }

  async list(organizationId: string, page: PageQueryDto): Promise<ListResponse<IdentityProviderResponse>> {
    await this.assertOrganization(organizationId);
    const rows = await this.providers.list(organizationId, page.limit, page.offset);
    return { items: rows.map(toIdentityProviderResponse), total: rows.length ? Number(rows[0].total) : 0 };
  }

  /** The issuer is stored as its discovery document names it, which the ID tokens' `iss` must then equal. */
  async create(organizationId: string, input: CreateIdentityProviderDto): Promise<IdentityProviderResponse> {
    await this.assertOrganization(organizationId);
    const config = await this.clients.discover(input.issuer, input.clientId, input.clientSecret);
    const id = randomUUID();
    await this.providers.transaction(async (tx) => {
      const inserted = await this.providers.insert(tx, {
        id,
        organizationId,
        issuer: config.serverMetadata().issuer,
        clientId: input.clientId,
        sealedSecret: this.box.seal(input.clientSecret, id),
        enabled: input.enabled ?? true,
      });
      if (!inserted) throw ssoErrors.providerExists();
      await this.setDomains(tx, id, input.emailDomains);
    });
    return this.get(id);
  }

  /** A changed issuer or client is discovered again before it is stored. */
  async update(id: string, input: UpdateIdentityProviderDto): Promise<IdentityProviderResponse> {
    const current = await this.providers.findById(id);
    if (!current) throw ssoErrors.providerNotFound();
    let issuer: string | undefined;
    if (input.issuer !== undefined || input.clientId !== undefined || input.clientSecret !== undefined) {
      const secret = input.clientSecret ?? this.box.open(current.client_secret, id);
      const config = await this.clients.discover(
        input.issuer ?? current.issuer,
        input.clientId ?? current.client_id,
        secret,
      );
      issuer = config.serverMetadata().issuer;
    }
    await this.providers.transaction(async (tx) => {
      if (issuer && (await this.providers.issuerTaken(tx, current.organization_id, issuer, id))) {
        throw ssoErrors.providerExists();
      }
      await this.providers.update(tx, id, {
        issuer,
        clientId: input.clientId,
        sealedSecret: input.clientSecret === undefined ? undefined : this.box.seal(input.clientSecret, id),
        enabled: input.enabled,
      });
      if (input.emailDomains) await this.setDomains(tx, id, input.emailDomains);
    });
    this.clients.forget(id);
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.providers.delete(id))) throw ssoErrors.providerNotFound();
    this.clients.forget(id);
  }

  /** Which organisation signs in people of this address; `404 NO_IDENTITY_PROVIDER` when none (or it is off). */
  async discover(email: string): Promise<SsoDiscoveryResponse> {
    const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
    const row = await this.providers.findEnabledByDomain(domain);
    if (!row) throw ssoErrors.noIdentityProvider();
    const organization = await this.organizations.get(row.organization_id);
    return { providerId: row.id, organizationName: organization.name };
  }

  /** The provider for a sign-in, its secret opened; undefined when unknown. */
  async forSignIn(id: string): Promise<SignInProvider | undefined> {
    const row = await this.providers.findById(id);
    return row && this.toSignIn(row);
  }

  private toSignIn(row: IdentityProviderRow): SignInProvider {
    return {
      id: row.id,
      issuer: row.issuer,
      clientId: row.client_id,
      clientSecret: this.box.open(row.client_secret, row.id),
      updatedAt: row.updated_at,
      organizationId: row.organization_id,
      emailDomains: row.email_domains,
      enabled: row.enabled,
    };
  }

  private async get(id: string): Promise<IdentityProviderResponse> {
    const row = await this.providers.findById(id);
    if (!row) throw ssoErrors.providerNotFound();
    return toIdentityProviderResponse(row);
  }

  private async setDomains(tx: EntityManager, id: string, domains: string[]): Promise<void> {
    const taken = await this.providers.replaceDomains(tx, id, domains);
    if (taken.length > 0) throw ssoErrors.domainTaken(taken);
  }

  private async assertOrganization(id: string): Promise<void> {
    if (!(await this.organizations.exists(id))) throw ssoErrors.organizationNotFound();
  }
}
