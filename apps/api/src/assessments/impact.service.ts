import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImpactGroup, ImpactReportResponse, ImpactRow } from '@keino/contracts';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';

import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { neutraliseFormula } from '../reports/spreadsheet-cells';
import { ImpactQueryDto } from './dto/assessment.dto';
import { ImpactScope, impactRows, ImpactSqlRow } from './repositories/impact.query';

// The follow-up's columns come last, so the existing columns keep their places in CSV and Excel.
const COLUMNS = [
  'key',
  'label',
  'n',
  'averageStart',
  'averageEnd',
  'averageChange',
  'startOnly',
  'followUpN',
  'averageFollowUp',
  'averageFollowUpChange',
] as const;

const toRow = (r: ImpactSqlRow): ImpactRow => ({
  key: r.key,
  label: r.label,
  n: r.n,
  averageStart: r.average_start,
  averageEnd: r.average_end,
  averageChange: r.average_change,
  startOnly: r.start_only,
  followUpN: r.follow_up_n,
  averageFollowUp: r.average_follow_up,
  averageFollowUpChange: r.average_follow_up_change,
});

/**
 * The programme's impact: end − start of the maturity self-assessment per participant and dimension, grouped.
 * Admins see everything, trainers their cohorts, change agents their regions' organisations, coordinators their own
 * organisation; participants only their own answers (not here).
 */
@Injectable()
export class ImpactService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async report(caller: AuthUser, query: ImpactQueryDto): Promise<ImpactReportResponse> {
    const group: ImpactGroup = query.group ?? 'dimension';
    const scope = this.scope(caller, query);
    const [rows, dimensions] = await Promise.all([
      impactRows(this.db, scope, group),
      group === 'dimension' ? null : impactRows(this.db, scope, 'dimension'),
    ]);
    const mapped = rows.map(toRow);
    return { group, rows: mapped, dimensions: dimensions ? dimensions.map(toRow) : mapped };
  }

  /** A header row, then one row per group. */
  async csv(caller: AuthUser, query: ImpactQueryDto): Promise<string> {
    const group: ImpactGroup = query.group ?? 'dimension';
    const rows = (await impactRows(this.db, this.scope(caller, query), group)).map(toRow);
    return stringify([
      ['group', ...COLUMNS],
      ...rows.map((r) => [group, ...COLUMNS.map((c) => neutraliseFormula(r[c] ?? ''))]),
    ]);
  }

  /** The chosen grouping and, on a second sheet, the figures by dimension. */
  async xlsx(caller: AuthUser, query: ImpactQueryDto): Promise<Buffer> {
    const report = await this.report(caller, query);
    const book = new ExcelJS.Workbook();
    book.creator = 'KEINO Academy';
    const sheets: [string, ImpactRow[]][] = [[`Impact by ${report.group}`, report.rows]];
    if (report.group !== 'dimension') sheets.push(['Impact by dimension', report.dimensions]);
    for (const [name, rows] of sheets) {
      const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.addRow([...COLUMNS]).font = { bold: true };
      sheet.addRows(rows.map((r) => COLUMNS.map((c) => neutraliseFormula(r[c]))));
    }
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  // The routes admit only these four roles (@Roles); the SQL shows each role its part.
  private scope(caller: AuthUser, query: ImpactQueryDto): ImpactScope {
    return {
      callerId: caller.id,
      admin: isAdmin(caller),
      trainer: caller.roles.includes('trainer'),
      changeAgent: caller.roles.includes('change_agent'),
      coordinator: caller.roles.includes('coordinator'),
      cohortId: query.cohortId ?? null,
      organizationId: query.organizationId ?? null,
      region: query.region ?? null,
    };
  }
}
