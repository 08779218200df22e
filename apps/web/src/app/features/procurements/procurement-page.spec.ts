import type { IndicatorResponse, ProcurementResponse } from '@keino/contracts';

import { find, render } from '../../../testing/render';
import { indicatorTable, ProcurementPage } from './procurement-page';

const indicator: IndicatorResponse = {
  id: 'i1',
  name: 'Päästöt',
  unit: 't CO₂e',
  baseline: 100,
  target: 60,
  direction: 'decrease',
  progress: 0.5,
  measurements: [
    { measuredOn: '2026-06-30', value: 95 },
    { measuredOn: '2027-06-30', value: 80 },
  ],
};

const procurement = (over: Partial<ProcurementResponse> = {}): ProcurementResponse => ({
  id: 'p1',
  organizationId: 'o1',
  organizationName: 'Tampereen kaupunki',
  region: '06',
  title: 'Sähköbussit',
  description: '',
  cpvCode: '60112000-6',
  valueEur: 4_200_000,
  year: 2026,
  procedure: 'open',
  status: 'completed',
  novelty: 'new_to_market',
  sustainability: ['climate'],
  marketDialogue: true,
  strategic: true,
  caseId: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  indicators: [indicator],
  canEdit: true,
  ...over,
});

const fi = {
  procurements: {
    indicators: { progress: 'Edistyminen: {{percent}} %', measuredOn: 'Päivä', target: 'Tavoite' },
    case: { make: 'Tee tapaus' },
    errors: { targetAbove: 'Tavoitteen on oltava suurempi.' },
  },
};

describe('ProcurementPage', () => {
  it('charts an indicator’s measurements by date beside its target', () => {
    const table = indicatorTable(indicator, (k) => k);
    expect(table.rows).toEqual(['30.6.2026', '30.6.2027']);
    expect(table.series.map((s) => s.values)).toEqual([
      [95, 80],
      [60, 60],
    ]);
  });

  async function open(p: ProcurementResponse) {
    const rendered = render(ProcurementPage, { fi, inputs: { id: 'p1' } });
    rendered.fixture.detectChanges();
    rendered.http.expectOne('/api/procurements/p1').flush(p);
    await rendered.stable();
    return rendered;
  }

  it('shows the progress and offers its organisation the forms and the case', async () => {
    const { element } = await open(procurement());
    expect(find(element, '.indicator p').textContent).toContain('Edistyminen: 50 %');
    expect(element.querySelector('app-chart')).not.toBeNull();
    expect(Array.from(element.querySelectorAll('button')).map((b) => b.textContent?.trim())).toContain(
      'Tee tapaus',
    );
  });

  it('refuses an indicator whose target is on the wrong side, without a request', async () => {
    const { element, http, fixture } = await open(procurement());
    const set = (selector: string, value: string) => {
      const input = find<HTMLInputElement | HTMLSelectElement>(element, selector);
      input.value = value;
      input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    };
    set('#i-name', 'Käynnit');
    set('#i-unit', 'kpl');
    set('#i-baseline', '10');
    set('#i-target', '5');
    fixture.detectChanges();
    find<HTMLFormElement>(element, 'form[aria-labelledby="new-indicator"]').dispatchEvent(
      new Event('submit'),
    );
    fixture.detectChanges();
    expect(element.textContent).toContain('Tavoitteen on oltava suurempi.');
    http.verify();
  });

  it('offers no forms to a change agent who only reads', async () => {
    const { element } = await open(procurement({ canEdit: false, indicators: [] }));
    expect(element.querySelectorAll('form')).toHaveLength(0);
  });
});
