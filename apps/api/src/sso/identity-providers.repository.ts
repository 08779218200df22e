import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { type Db, sql } from '../common/database/sql';

/** A provider with its email domains; `client_secret` is sealed. */
export interface IdentityProviderRow {
  id: string;
  organization_id: string;
  issuer: string;
  client_id: string;
  client_secret: string;
  email_domains: string[];
  enabled: boolean;
  created_at: Date;
  updated_at: Date;
  total: string;
}

export interface NewIdentityProvider {
  id: string;
  organizationId: string;
  issuer: string;
  clientId: string;
  sealedSecret: string;
  enabled: boolean;
}

const SELECT = `
  SELECT p.id, p.organization_id, p.issuer, p.client_id, p.client_secret, p.enabled, p.created_at, p.updated_at,
         ARRAY(SELECT d.domain FROM identity_provider_domains d WHERE d.provider_id = p.id ORDER BY d.domain)
           AS email_domains,
         count(*) OVER () AS total
    FROM identity_providers p`;

/** The only code that reads and writes identity_providers and identity_provider_domains. */
@Injectable()
export class IdentityProvidersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  list(organizationId: string, limit: number, offset: number): Promise<IdentityProviderRow[]> {
    return sql.rows<IdentityProviderRow>(
      this.db,
      `${SELECT} WHERE p.organization_id = $1 ORDER BY p.created_at, p.id LIMIT $2 OFFSET $3`,
      [organizationId, limit, offset],
    );
  }

  findById(id: string, db: Db = this.db): Promise<IdentityProviderRow | undefined> {
    return sql.one<IdentityProviderRow>(db, `${SELECT} WHERE p.id = $1`, [id]);
  }

  /** The enabled provider that signs in people of this email domain. */
  findEnabledByDomain(domain: string): Promise<IdentityProviderRow | undefined> {
    return sql.one<IdentityProviderRow>(
      this.db,
      `${SELECT} JOIN identity_provider_domains x ON x.provider_id = p.id WHERE x.domain = $1 AND p.enabled`,
      [domain],
    );
  }

  /** False when the organisation already has a provider with this issuer. */
  async insert(tx: EntityManager, p: NewIdentityProvider): Promise<boolean> {
    const inserted = await sql.affected(
      tx,
      `INSERT INTO identity_providers (id, organization_id, issuer, client_id, client_secret, enabled)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT ON CONSTRAINT uq_identity_providers_issuer DO NOTHING`,
      [p.id, p.organizationId, p.issuer, p.clientId, p.sealedSecret, p.enabled],
    );
    return inserted === 1;
  }

  /** The changed fields; `uq_identity_providers_issuer` decides a clash (the caller answers 409). */
  async update(
    tx: EntityManager,
    id: string,
    changes: { issuer?: string; clientId?: string; sealedSecret?: string; enabled?: boolean },
  ): Promise<void> {
    await sql.affected(
      tx,
      `UPDATE identity_providers
          SET issuer = coalesce($2, issuer), client_id = coalesce($3, client_id),
              client_secret = coalesce($4, client_secret), enabled = coalesce($5, enabled), updated_at = now()
        WHERE id = $1`,
      [
        id,
        changes.issuer ?? null,
        changes.clientId ?? null,
        changes.sealedSecret ?? null,
        changes.enabled ?? null,
      ],
    );
  }

  async issuerTaken(
    tx: EntityManager,
    organizationId: string,
    issuer: string,
    exceptId: string,
  ): Promise<boolean> {
    const row = await sql.one<{ id: string }>(
      tx,
      `SELECT id FROM identity_providers WHERE organization_id = $1 AND issuer = $2 AND id <> $3`,
      [organizationId, issuer, exceptId],
    );
    return row !== undefined;
  }

  /**
   * Makes `domains` the provider's, and answers the ones another provider already has (then nothing is written
   * for those, and the caller rolls back). The primary key on the domain decides a race.
   */
  async replaceDomains(tx: EntityManager, providerId: string, domains: string[]): Promise<string[]> {
    await sql.affected(tx, `DELETE FROM identity_provider_domains WHERE provider_id = $1`, [providerId]);
    const inserted = await sql.rows<{ domain: string }>(
      tx,
      `INSERT INTO identity_provider_domains (domain, provider_id)
       SELECT unnest($2::text[]), $1 ON CONFLICT (domain) DO NOTHING RETURNING domain`,
      [providerId, domains],
    );
    const mine = new Set(inserted.map((r) => r.domain));
    return domains.filter((d) => !mine.has(d));
  }

  async delete(id: string): Promise<boolean> {
    return (await sql.affected(this.db, `DELETE FROM identity_providers WHERE id = $1`, [id])) === 1;
  }
}
