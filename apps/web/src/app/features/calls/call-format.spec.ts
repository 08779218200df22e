import type { ApplicationSummary } from '@keino/contracts';

import { finnishDateTime, formatScore, spreadTable } from './call-format';

const item = (
  region: '06' | '01',
  kind: 'municipality' | 'wellbeing_county',
  status: ApplicationSummary['status'],
) => ({ region, organizationKind: kind, status }) as ApplicationSummary;

describe('call formatting', () => {
  it('shows instants in Finnish time and scores with two decimals', () => {
    expect(finnishDateTime('2027-01-12T14:00:00Z', 'fi')).toContain('16.00');
    expect(formatScore(3.5, 'fi')).toBe('3,50');
    expect(formatScore(3.5, 'en')).toBe('3.50');
    expect(formatScore(null, 'fi')).toBe('–');
  });

  it('counts the accepted and the submitted per region, leaving drafts out', () => {
    const table = spreadTable(
      [
        item('06', 'municipality', 'accepted'),
        item('06', 'wellbeing_county', 'submitted'),
        item('01', 'municipality', 'accepted'),
        item('01', 'municipality', 'draft'),
      ],
      'region',
      (key) => key,
    );
    expect(table.rows).toEqual(['regions.01', 'regions.06']);
    expect(table.series.map((s) => s.values)).toEqual([
      [1, 1],
      [1, 2],
    ]);
    expect(spreadTable([item('06', 'wellbeing_county', 'accepted')], 'kind', (k) => k).rows).toEqual([
      'kinds.wellbeing_county',
    ]);
  });
});
