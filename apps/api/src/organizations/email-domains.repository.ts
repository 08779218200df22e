import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { type Db, sql } from '../common/database/sql';

export interface EmailDomainRow {
  domain: string;
  created_at: Date;
}

export interface DomainOwnerRow {
  organization_id: string;
  name: string;
}

/** The only code that reads and writes organization_email_domains. */
@Injectable()
export class EmailDomainsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  list(organizationId: string, db: Db = this.db): Promise<EmailDomainRow[]> {
    return sql.rows<EmailDomainRow>(
      db,
      `SELECT domain, created_at FROM organization_email_domains WHERE organization_id = $1 ORDER BY domain`,
      [organizationId],
    );
  }

  /**
   * Makes the organisation's domains exactly `domains` (those it keeps keep their date); answers the domains that
   * another organisation holds, which were left alone (the caller rolls back when there are any).
   */
  async replace(tx: EntityManager, organizationId: string, domains: string[]): Promise<string[]> {
    await sql.affected(
      tx,
      `DELETE FROM organization_email_domains WHERE organization_id = $1 AND NOT (domain = ANY($2::text[]))`,
      [organizationId, domains],
    );
    await sql.affected(
      tx,
      `INSERT INTO organization_email_domains (domain, organization_id)
       SELECT d, $1 FROM unnest($2::text[]) AS d
       ON CONFLICT (domain) DO NOTHING`,
      [organizationId, domains],
    );
    const taken = await sql.rows<{ domain: string }>(
      tx,
      `SELECT domain FROM organization_email_domains WHERE domain = ANY($2::text[]) AND organization_id <> $1
       ORDER BY domain`,
      [organizationId, domains],
    );
    return taken.map((r) => r.domain);
  }

  ownerOf(domain: string, db: Db = this.db): Promise<DomainOwnerRow | undefined> {
    return sql.one<DomainOwnerRow>(
      db,
      `SELECT d.organization_id, o.name FROM organization_email_domains d
       JOIN organizations o ON o.id = d.organization_id WHERE d.domain = $1`,
      [domain],
    );
  }
}
