import type { ImpactReportResponse, MaturityDimension } from '@keino/contracts';

import {
  draftProblems,
  impactChartTable,
  moved,
  newDraft,
  rowLabel,
  signed,
  summaryRows,
  textIn,
  toDraft,
  toRequest,
  unanswered,
} from './assessment-logic';
import { impactParams } from './assessments-api';

const text = (s: string) => ({ fi: `${s} fi`, sv: `${s} sv`, en: `${s} en` });
const dim = (id: string, archivedAt: string | null = null): MaturityDimension => ({
  id,
  position: 0,
  name: text(id),
  levels: [1, 2, 3, 4, 5].map((l) => text(`${id}${l}`)),
  archivedAt,
});
const t = (key: string, params?: Record<string, unknown>) =>
  params ? `${key} ${JSON.stringify(params)}` : key;

describe('self-assessment logic', () => {
  it('shows a text in the reader’s language, else in Finnish', () => {
    expect(textIn(text('a'), 'sv')).toBe('a sv');
    expect(textIn({ fi: 'suomeksi', sv: ' ', en: '' }, 'en')).toBe('suomeksi');
    expect(textIn(undefined, 'fi')).toBe('');
  });

  it('names the current dimensions still without a level from 1 to 5', () => {
    const dims = [dim('a'), dim('b'), dim('old', '2026-01-01T00:00:00Z')];
    expect(unanswered(dims, { a: 3 }, 'en')).toEqual(['b en']);
    expect(unanswered(dims, { a: 3, b: 0 }, 'fi')).toEqual(['b fi']);
    expect(unanswered(dims, { a: 1, b: 5 }, 'fi')).toEqual([]);
  });

  it('puts start and end side by side with the change where both are answered', () => {
    const rows = summaryRows(
      [dim('a'), dim('b'), dim('c')],
      [
        { dimensionId: 'a', level: 2 },
        { dimensionId: 'b', level: 4 },
      ],
      [
        { dimensionId: 'a', level: 4 },
        { dimensionId: 'b', level: 3 },
      ],
      'fi',
    );
    expect(rows.map((r) => [r.name, r.start, r.end, r.change])).toEqual([
      ['a fi', 2, 4, 2],
      ['b fi', 4, 3, -1],
    ]);
    expect(summaryRows([dim('a')], [{ dimensionId: 'a', level: 2 }], [], 'fi')[0].change).toBeNull();
  });
});

describe('maturity model editing', () => {
  it('lists every empty text of a draft by dimension', () => {
    const empty = newDraft();
    const full = toDraft(dim('a'));
    const partly = toDraft(dim('b'));
    partly.levels[2].sv = '  ';
    const problems = draftProblems([full, empty, partly]);
    expect(problems.has(full.key)).toBe(false);
    expect(problems.get(empty.key)).toHaveLength(18);
    expect(problems.get(partly.key)).toEqual(['level3.sv']);
  });

  it('sends existing dimensions with their id and new ones without', () => {
    const body = toRequest([toDraft(dim('a')), newDraft()]);
    expect(body.dimensions[0].id).toBe('a');
    expect('id' in body.dimensions[1]).toBe(false);
    expect(body.dimensions[1].levels).toHaveLength(5);
  });

  it('moves a dimension up or down, and not past the ends', () => {
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    const list = ['a', 'b'];
    expect(moved(list, 0, -1)).toBe(list);
    expect(moved(list, 1, 1)).toBe(list);
  });
});

describe('impact page', () => {
  const row = (label: string, n: number, start: number | null, end: number | null) => ({
    key: label,
    label,
    n,
    averageStart: start,
    averageEnd: end,
    averageChange: start !== null && end !== null ? end - start : null,
    startOnly: 0,
    followUpN: 0,
    averageFollowUp: null as number | null,
    averageFollowUpChange: null as number | null,
  });

  it('charts start and end per dimension that has participants with both', () => {
    const report: ImpactReportResponse = {
      group: 'organization',
      rows: [],
      dimensions: [row('Strategia', 3, 2, 3.5), row('Tieto', 0, null, null)],
    };
    const table = impactChartTable(report, t);
    expect(table.rows).toEqual(['Strategia']);
    expect(table.series.map((s) => [s.label, s.values])).toEqual([
      ['assessment.impact.start', [2]],
      ['assessment.impact.end', [3.5]],
    ]);
  });

  it('adds the follow-up bar a year on once anyone answered it, with dimensions answered at the follow-up only', () => {
    const report: ImpactReportResponse = {
      group: 'dimension',
      rows: [],
      dimensions: [
        { ...row('Strategia', 3, 2, 3.5), followUpN: 2, averageFollowUp: 4, averageFollowUpChange: 1.5 },
        { ...row('Tieto', 0, null, null), followUpN: 1, averageFollowUp: 3, averageFollowUpChange: 1 },
        row('Osaaminen', 0, null, null),
      ],
    };
    const table = impactChartTable(report, t);
    expect(table.rows).toEqual(['Strategia', 'Tieto']);
    expect(table.series.map((s) => [s.label, s.values])).toEqual([
      ['assessment.impact.start', [2, 0]],
      ['assessment.impact.end', [3.5, 0]],
      ['assessment.impact.followUp', [4, 3]],
    ]);
  });

  it('labels regions by name and spells out what is missing', () => {
    expect(rowLabel('region', { ...row('06', 1, 1, 2), key: '06' }, t)).toBe('regions.06');
    expect(rowLabel('region', { ...row('', 1, 1, 2), key: null }, t)).toBe('assessment.impact.noRegion');
    expect(rowLabel('organization', { ...row('', 1, 1, 2), key: null }, t)).toBe(
      'assessment.impact.noOrganization',
    );
    expect(rowLabel('participant', { ...row('', 1, 1, 2), key: 'e1' }, t)).toBe(
      'assessment.impact.anonymised',
    );
    expect(rowLabel('cohort', row('Kevät', 1, 1, 2), t)).toBe('Kevät');
  });

  it('writes a change with its sign in the reader’s locale', () => {
    expect(signed(1.25, 'fi')).toBe('+1,25');
    expect(signed(-0.5, 'en')).toBe('−0,5');
    expect(signed(0, 'fi')).toBe('0');
    expect(signed(null, 'fi')).toBe('–');
    expect(signed(0.5, 'fi', 2)).toBe('+0,50');
    expect(signed(0, 'fi', 2)).toBe('0,00');
  });

  it('sends only the filters that are set', () => {
    expect(impactParams({ group: 'region', cohortId: '', organizationId: undefined, region: '06' })).toEqual({
      group: 'region',
      region: '06',
    });
  });
});
