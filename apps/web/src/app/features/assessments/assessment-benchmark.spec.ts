import type { AssessmentBenchmarkResponse } from '@keino/contracts';

import { render } from '../../../testing/render';
import { AssessmentBenchmark, benchmarkTable } from './assessment-benchmark';

const text = (s: string) => ({ fi: s, sv: s, en: s });
const answer = (over: Partial<AssessmentBenchmarkResponse> = {}): AssessmentBenchmarkResponse => ({
  enrollmentId: 'e1',
  organizationId: 'o1',
  organizationKind: 'municipality',
  sameKindOrganizations: 4,
  allOrganizations: 6,
  minimumPeers: 5,
  dimensions: [
    { dimensionId: 'd1', name: text('Strategia'), own: 3.5, sameKind: null, all: 3.33 },
    { dimensionId: 'd2', name: text('Data'), own: 2, sameKind: null, all: null },
  ],
  ...over,
});

describe('AssessmentBenchmark', () => {
  it('charts only the dimensions whose peer average may be shown', () => {
    const table = benchmarkTable(answer(), 'fi', (k) => k);
    expect(table.rows).toEqual(['Strategia']);
    expect(table.series.map((s) => s.values)).toEqual([[3.5], [3.33]]);
  });

  it('says where too few organisations answered instead of showing a figure', async () => {
    const fi = { procurements: { benchmark: { tooFew: 'liian vähän vastaajia' } } };
    const { element, http, stable, fixture } = render(AssessmentBenchmark, {
      fi,
      inputs: { enrollmentId: 'e1' },
    });
    fixture.detectChanges();
    http.expectOne('/api/enrollments/e1/assessments/benchmark').flush(answer());
    await stable();
    const cells = Array.from(element.querySelectorAll('tbody tr')).map((r) =>
      Array.from(r.querySelectorAll('th, td')).map((c) => c.textContent?.trim()),
    );
    expect(cells).toEqual([
      ['Strategia', '3,5', 'liian vähän vastaajia', '3,33'],
      ['Data', '2', 'liian vähän vastaajia', 'liian vähän vastaajia'],
    ]);
  });

  it('shows nothing for a person without an organisation', async () => {
    const { element, http, stable, fixture } = render(AssessmentBenchmark, {
      inputs: { enrollmentId: 'e1' },
    });
    fixture.detectChanges();
    http
      .expectOne('/api/enrollments/e1/assessments/benchmark')
      .flush(answer({ organizationId: null, dimensions: [] }));
    await stable();
    expect(element.querySelector('table')).toBeNull();
  });
});
