// Reads across modules (read-only): organizations (name, kind, region) for each procurement shown; users
// (organization_id, regions) for the caller's own scope: the organisation is the proved one (ADR 0008).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IndicatorDirection, Novelty, ProcurementSummary, RegionCode } from '@keino/contracts';
import { DataSource } from 'typeorm';

import { sql } from '../../common/database/sql';

export interface CallerScopeRow {
  organization_id: string | null;
  regions: string[];
}

export interface ProcurementRow {
  id: string;
  organization_id: string;
  organization_name: string;
  region: RegionCode;
  title: string;
  description: string;
  cpv_code: string;
  value_eur: string;
  year: number;
  procedure: ProcurementSummary['procedure'];
  status: ProcurementSummary['status'];
  novelty: Novelty;
  sustainability: ProcurementSummary['sustainability'];
  market_dialogue: boolean;
  strategic: boolean;
  case_id: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface ProcurementListRow extends ProcurementRow {
  total: string;
}

export interface IndicatorRow {
  id: string;
  procurement_id: string;
  name: string;
  unit: string;
  baseline: number;
  target: number;
  direction: IndicatorDirection;
  /** In date order; `measured_on` as `YYYY-MM-DD`. */
  measurements: { measured_on: string; value: number }[];
}

interface IdRow {
  id: string;
}

/** A column of procurements and its value; the columns come from the service's fixed list only. */
export type ProcurementColumn = [column: string, value: unknown];

/** Who a list is for: `all` (admins), else the caller's organisation and the regions they follow. */
export interface ProcurementScope {
  all: boolean;
  organizationId: string | null;
  regions: string[];
}

export interface ProcurementListFilter extends ProcurementScope {
  year?: number;
  filterOrganizationId?: string;
  novelty?: Novelty;
  region?: RegionCode;
  limit: number;
  offset: number;
}

const SELECT = `
  p.id, p.organization_id, o.name AS organization_name, o.region, p.title, p.description, p.cpv_code,
  p.value_eur, p.year, p.procedure, p.status, p.novelty, p.sustainability, p.market_dialogue, p.strategic,
  p.case_id, p.created_at, p.updated_at`;

/** The only code that reads and writes procurements, procurement_indicators and indicator_measurements. */
@Injectable()
export class ProcurementsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async callerScope(callerId: string): Promise<CallerScopeRow> {
    const row = await sql.one<CallerScopeRow>(
      this.db,
      `SELECT organization_id, coalesce(regions, '{}') AS regions FROM users WHERE id = $1`,
      [callerId],
    );
    return row ?? { organization_id: null, regions: [] };
  }

  async insert(organizationId: string, columns: ProcurementColumn[]): Promise<string> {
    const row = await sql.one<IdRow>(
      this.db,
      `INSERT INTO procurements (organization_id, ${columns.map(([c]) => c).join(', ')})
       VALUES ($1, ${columns.map((_, i) => `$${i + 2}`).join(', ')})
       RETURNING id`,
      [organizationId, ...columns.map(([, v]) => v)],
    );
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    return row.id;
  }

  async update(id: string, columns: ProcurementColumn[]): Promise<void> {
    await sql.affected(
      this.db,
      `UPDATE procurements SET ${columns.map(([c], i) => `${c} = $${i + 2}`).join(', ')}, updated_at = now()
       WHERE id = $1`,
      [id, ...columns.map(([, v]) => v)],
    );
  }

  async remove(id: string): Promise<void> {
    await sql.affected(this.db, `DELETE FROM procurements WHERE id = $1`, [id]);
  }

  find(id: string): Promise<ProcurementRow | undefined> {
    return sql.one<ProcurementRow>(
      this.db,
      `SELECT ${SELECT} FROM procurements p JOIN organizations o ON o.id = p.organization_id WHERE p.id = $1`,
      [id],
    );
  }

  /** One query: the scope, the filters, the page and the total. */
  list(filter: ProcurementListFilter): Promise<ProcurementListRow[]> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    if (!filter.all) {
      where.push(
        `(p.organization_id = ${param(filter.organizationId)} OR o.region = ANY(${param(filter.regions)}::text[]))`,
      );
    }
    if (filter.year !== undefined) where.push(`p.year = ${param(filter.year)}`);
    if (filter.filterOrganizationId) where.push(`p.organization_id = ${param(filter.filterOrganizationId)}`);
    if (filter.novelty) where.push(`p.novelty = ${param(filter.novelty)}`);
    if (filter.region) where.push(`o.region = ${param(filter.region)}`);
    return sql.rows<ProcurementListRow>(
      this.db,
      `SELECT ${SELECT}, count(*) OVER () AS total
         FROM procurements p JOIN organizations o ON o.id = p.organization_id
        WHERE ${where.length ? where.join(' AND ') : 'true'}
        ORDER BY p.year DESC, o.name, p.title, p.id
        LIMIT ${param(filter.limit)} OFFSET ${param(filter.offset)}`,
      params,
    );
  }

  /** The procurement's indicators, each with its measurements in date order, in one statement. */
  indicators(procurementId: string): Promise<IndicatorRow[]> {
    return sql.rows<IndicatorRow>(
      this.db,
      `SELECT i.id, i.procurement_id, i.name, i.unit, i.baseline, i.target, i.direction,
              coalesce((SELECT json_agg(json_build_object('measured_on', to_char(m.measured_on, 'YYYY-MM-DD'),
                                                          'value', m.value) ORDER BY m.measured_on)
                          FROM indicator_measurements m WHERE m.indicator_id = i.id), '[]') AS measurements
         FROM procurement_indicators i
        WHERE i.procurement_id = $1
        ORDER BY i.created_at, i.id`,
      [procurementId],
    );
  }

  async insertIndicator(
    procurementId: string,
    input: { name: string; unit: string; baseline: number; target: number; direction: IndicatorDirection },
  ): Promise<string> {
    const row = await sql.one<IdRow>(
      this.db,
      `INSERT INTO procurement_indicators (procurement_id, name, unit, baseline, target, direction)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [procurementId, input.name, input.unit, input.baseline, input.target, input.direction],
    );
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    return row.id;
  }

  /** The procurement an indicator belongs to. */
  async procurementOfIndicator(indicatorId: string): Promise<string | undefined> {
    const row = await sql.one<{ procurement_id: string }>(
      this.db,
      `SELECT procurement_id FROM procurement_indicators WHERE id = $1`,
      [indicatorId],
    );
    return row?.procurement_id;
  }

  /** A measurement of a day; a second one of the same day replaces the value. */
  async upsertMeasurement(indicatorId: string, measuredOn: string, value: number): Promise<void> {
    await sql.affected(
      this.db,
      `INSERT INTO indicator_measurements (indicator_id, measured_on, value) VALUES ($1, $2, $3)
       ON CONFLICT (indicator_id, measured_on) DO UPDATE SET value = EXCLUDED.value`,
      [indicatorId, measuredOn, value],
    );
  }

  /** Links the case made from it, unless one already is: false when another request got there first. */
  async linkCase(id: string, caseId: string): Promise<boolean> {
    const n = await sql.affected(
      this.db,
      `UPDATE procurements SET case_id = $2, updated_at = now() WHERE id = $1 AND case_id IS NULL`,
      [id, caseId],
    );
    return n === 1;
  }
}
