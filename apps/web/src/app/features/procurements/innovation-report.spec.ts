import type { InnovationReportResponse } from '@keino/contracts';

import { fill, find, render } from '../../../testing/render';
import { InnovationReport, trendTable } from './innovation-report';

const fi = {
  procurements: {
    report: {
      figures: 'Luvut {{year}}',
      hidden: 'ei näytetä',
      innovativeShare: 'Osuus',
      target: 'Tavoite 10 %',
    },
    fields: { year: 'Vuosi' },
  },
};

const report = (year: number, over: Partial<InnovationReportResponse> = {}): InnovationReportResponse => ({
  year,
  target: 0.1,
  organizations: 5,
  procurements: 20,
  valueEur: 1_000_000,
  innovativeValueEur: 125_000,
  innovativeShare: 0.125,
  innovativeCountShare: 0.2,
  newToBuyerShare: 0.4,
  sustainableShare: 0.3,
  marketDialogueShare: 0.25,
  byNovelty: [
    { novelty: 'new_to_market', count: 4, valueEur: 125_000 },
    { novelty: 'new_procedure', count: null, valueEur: null },
    { novelty: 'new_to_buyer', count: 8, valueEur: 300_000 },
    { novelty: 'none', count: 8, valueEur: 575_000 },
  ],
  byRegion: [],
  byOrganization: [],
  ...over,
});

const t = (key: string) => key;

describe('InnovationReport', () => {
  it('draws the target as a line beside each year’s share, leaving out withheld years', () => {
    const table = trendTable(
      [report(2025), report(2024, { innovativeShare: null }), report(2026, { innovativeShare: 0.08 })],
      t,
    );
    expect(table.rows).toEqual(['2025', '2026']);
    expect(table.series.map((s) => s.values)).toEqual([
      [12.5, 8],
      [10, 10],
    ]);
  });

  it('asks for the chosen year and the two before it, and shows a withheld figure as not shown', async () => {
    const { element, http, stable, fixture } = render(InnovationReport, { fi });
    fixture.detectChanges();
    const year = new Date().getFullYear() - 1;
    const requests = http.match((r) => r.url === '/api/reports/innovation');
    expect(requests.map((r) => r.request.params.get('year'))).toEqual([year - 2, year - 1, year].map(String));
    requests[0].flush(report(year - 2));
    requests[1].flush(report(year - 1));
    requests[2].flush(report(year, { valueEur: null, innovativeShare: null }));
    await stable();
    expect(find(element, 'h2').textContent?.trim()).toBe(`Luvut ${year}`);
    const figures = Array.from(element.querySelectorAll('.facts dd')).map((d) => d.textContent?.trim());
    expect(figures.slice(0, 4)).toEqual(['5', '20', 'ei näytetä', 'ei näytetä']);
    http.verify();
  });

  it('asks again for the chosen kind of organisation, so one’s own figures stand beside one’s peers’', async () => {
    const { element, http, stable, fixture } = render(InnovationReport, { fi });
    fixture.detectChanges();
    const year = new Date().getFullYear() - 1;
    for (const r of http.match((r) => r.url === '/api/reports/innovation')) r.flush(report(year));
    await stable();
    fill(element, '#report-kind', 'municipality');
    const again = http.match((r) => r.url === '/api/reports/innovation');
    expect(again.map((r) => r.request.params.get('kind'))).toEqual([
      'municipality',
      'municipality',
      'municipality',
    ]);
    expect(again.every((r) => !r.request.params.has('region'))).toBe(true);
    for (const r of again) r.flush(report(year));
    http.verify();
  });
});
