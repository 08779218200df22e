import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

import { AuthUser } from '../common/auth/auth.decorators';
import { neutraliseFormula } from '../reports/spreadsheet-cells';
import { callErrors } from './calls.errors';
import { CallsRepository } from './repositories/calls.repository';
import { ReviewsRepository } from './repositories/reviews.repository';
import { roundScore } from './weighted-score';

// A selection meeting's call has tens of applicants; this bounds the export all the same.
const MAX_ROWS = 10_000;

/** The applications of a call with their scores, ranked, for the selection meeting: CSV and Excel. */
@Injectable()
export class CallExportService {
  constructor(
    private readonly calls: CallsRepository,
    private readonly reviews: ReviewsRepository,
  ) {}

  async csv(caller: AuthUser, callId: string): Promise<string> {
    const { header, rows } = await this.table(caller, callId);
    // Text a spreadsheet would run as a formula is prefixed, as in every export of the app.
    return stringify([header, ...rows].map((row) => row.map(neutraliseFormula)));
  }

  async xlsx(caller: AuthUser, callId: string): Promise<Buffer> {
    const { header, rows } = await this.table(caller, callId);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('applications');
    sheet.addRow(header.map(neutraliseFormula));
    sheet.addRows(rows.map((row) => row.map(neutraliseFormula)));
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  private async table(
    caller: AuthUser,
    callId: string,
  ): Promise<{ header: string[]; rows: (string | number | null)[][] }> {
    const call = await this.calls.find(callId, caller.id);
    if (!call) throw callErrors.notFound();
    const [list, means] = await Promise.all([
      this.reviews.list({
        callId,
        submittedOnly: false,
        regions: null,
        ranked: true,
        limit: MAX_ROWS,
        offset: 0,
      }),
      this.reviews.criterionMeans(callId),
    ]);
    const meanOf = new Map(means.map((m) => [`${m.application_id}:${m.key}`, m.mean]));
    const header = [
      'rank',
      'organization',
      'region',
      'kind',
      'status',
      'submittedAt',
      'reviews',
      'score',
      ...call.criteria.map((c) => `${c.title} (${c.key}, ×${c.weight})`),
      'decisionMessage',
    ];
    const rows = list.map((r, i) => [
      r.score === null ? null : i + 1,
      r.organization_name,
      r.region,
      r.organization_kind,
      r.status,
      r.submitted_at?.toISOString() ?? null,
      r.review_count,
      roundScore(r.score),
      ...call.criteria.map((c) => roundScore(meanOf.get(`${r.id}:${c.key}`) ?? null)),
      r.decision_message,
    ]);
    return { header, rows };
  }
}
