import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { INNOVATION_TARGET, type InnovationReportResponse, type OpenInnovationData } from '@keino/contracts';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';

import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { sql } from '../common/database/sql';
import { neutraliseFormula } from '../reports/spreadsheet-cells';
import { InnovationReportQueryDto } from './dto/procurement.dto';
import { ProcurementsRepository } from './repositories/procurements.repository';
import reportSql from './repositories/innovation-report.sql';

type ReportFigures = Omit<InnovationReportResponse, 'year' | 'target'>;

/** Who may see organisations one by one: everyone (admins), their own organisation, the regions they follow. */
interface Visibility {
  all: boolean;
  organizationId: string | null;
  regions: string[];
}

const NOBODY: Visibility = { all: false, organizationId: null, regions: [] };

export const OPEN_DATA_LICENSE = {
  license: 'CC BY 4.0',
  licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
  source: 'KEINO Academy procurement register',
};

/**
 * The national measure of innovative procurement against the 10 % target, computed in one statement (see
 * innovation-report.sql); the small-group rule is in the SQL, so every answer and export built here carries it.
 */
@Injectable()
export class InnovationReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly procurements: ProcurementsRepository,
  ) {}

  async report(caller: AuthUser, query: InnovationReportQueryDto): Promise<InnovationReportResponse> {
    return this.run(query, await this.visibility(caller));
  }

  async csv(caller: AuthUser, query: InnovationReportQueryDto): Promise<string> {
    const report = await this.report(caller, query);
    return stringify(
      report.byOrganization.map((o) => [
        o.organizationId,
        neutraliseFormula(o.name),
        o.region,
        report.year,
        o.procurements,
        o.valueEur,
        o.innovativeShare,
      ]),
      {
        header: true,
        columns: ['organizationId', 'name', 'region', 'year', 'procurements', 'valueEur', 'innovativeShare'],
      },
    );
  }

  async xlsx(caller: AuthUser, query: InnovationReportQueryDto): Promise<Buffer> {
    const report = await this.report(caller, query);
    const book = new ExcelJS.Workbook();
    book.creator = 'KEINO Academy';
    const summary = book.addWorksheet('Summary');
    for (const key of [
      'year',
      'target',
      'organizations',
      'procurements',
      'valueEur',
      'innovativeValueEur',
      'innovativeShare',
      'innovativeCountShare',
      'newToBuyerShare',
      'sustainableShare',
      'marketDialogueShare',
    ] as const) {
      summary.addRow([key, report[key]]);
    }
    const novelty = book.addWorksheet('Novelty');
    novelty.addRow(['novelty', 'count', 'valueEur']).font = { bold: true };
    novelty.addRows(report.byNovelty.map((r) => [r.novelty, r.count, r.valueEur]));
    const regions = book.addWorksheet('Regions');
    regions.addRow([
      'region',
      'organizations',
      'procurements',
      'valueEur',
      'innovativeValueEur',
      'innovativeShare',
    ]).font = { bold: true };
    regions.addRows(
      report.byRegion.map((r) => [
        r.region,
        r.organizations,
        r.procurements,
        r.valueEur,
        r.innovativeValueEur,
        r.innovativeShare,
      ]),
    );
    const orgs = book.addWorksheet('Organisations');
    orgs.addRow(['organizationId', 'name', 'region', 'procurements', 'valueEur', 'innovativeShare']).font = {
      bold: true,
    };
    orgs.addRows(
      report.byOrganization.map((o) => [
        o.organizationId,
        neutraliseFormula(o.name),
        o.region,
        o.procurements,
        o.valueEur,
        o.innovativeShare,
      ]),
    );
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  /** The aggregates anyone may read: no organisation named, the small-group rule applied. */
  async openData(query: InnovationReportQueryDto): Promise<OpenInnovationData> {
    const { byOrganization, ...aggregates } = await this.run(query, NOBODY);
    // NOBODY sees no organisation one by one; open data leaves out even the empty list.
    if (byOrganization.length > 0) throw new Error('open data must name no organisation');
    return { ...aggregates, ...OPEN_DATA_LICENSE };
  }

  async openDataCsv(query: InnovationReportQueryDto): Promise<string> {
    const data = await this.openData(query);
    const rows: unknown[][] = [
      [
        'all',
        data.organizations,
        data.procurements,
        data.valueEur,
        data.innovativeValueEur,
        data.innovativeShare,
      ],
      ...data.byRegion.map((r) => [
        r.region,
        r.organizations,
        r.procurements,
        r.valueEur,
        r.innovativeValueEur,
        r.innovativeShare,
      ]),
    ];
    return stringify(
      rows.map((r) => [data.year, ...r, data.license]),
      {
        header: true,
        columns: [
          'year',
          'region',
          'organizations',
          'procurements',
          'valueEur',
          'innovativeValueEur',
          'innovativeShare',
          'license',
        ],
      },
    );
  }

  private async visibility(caller: AuthUser): Promise<Visibility> {
    if (isAdmin(caller)) return { ...NOBODY, all: true };
    const scope = await this.procurements.callerScope(caller.id);
    return {
      all: false,
      organizationId: scope.organization_id,
      regions: caller.roles.includes('change_agent') ? scope.regions : [],
    };
  }

  private async run(query: InnovationReportQueryDto, who: Visibility): Promise<InnovationReportResponse> {
    const row = await sql.one<{ report: ReportFigures }>(this.db, reportSql, [
      query.year,
      query.region ?? null,
      query.kind ?? null,
      who.all,
      who.organizationId,
      who.regions,
    ]);
    if (!row) throw new Error('the report query gave no row');
    return { year: query.year, target: INNOVATION_TARGET, ...row.report };
  }
}
