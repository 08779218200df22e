import type { CaseSummary } from '@keino/contracts';

import { fill, find, render } from '../../../testing/render';
import { CaseLibrary } from './case-library';

const fi = {
  cases: {
    library: {
      count: 'Hankintaesimerkkejä: {{total}}',
      range: '(näytetään {{from}}–{{to}})',
      empty: 'Ei hankintaesimerkkejä.',
    },
  },
};

const summary = (n: number): CaseSummary => ({
  id: `c${n}`,
  title: `Hankinta ${n}`,
  summary: '',
  language: 'fi',
  status: 'published',
  themes: [],
  procedure: 'open',
  organizationId: 'o1',
  organizationName: 'Oulun kaupunki',
  organizationKind: 'municipality',
  region: '17',
  publishedAt: '2026-05-01T10:00:00Z',
  updatedAt: '2026-05-01T10:00:00Z',
  snippet: null,
  comments: 0,
});

describe('CaseLibrary', () => {
  async function showing(total: number, rows: number) {
    const { element, http, stable } = render(CaseLibrary, { fi });
    const request = http.expectOne((r) => r.url === '/api/cases');
    expect(request.request.params.get('limit')).toBe('10');
    request.flush({ items: Array.from({ length: rows }, (_, i) => summary(i + 1)), total });
    await stable();
    return find(element, 'p.count[role=status]').textContent?.replace(/\s+/g, ' ').trim();
  }

  it('says how many cases were found', async () => {
    expect(await showing(3, 3)).toBe('Hankintaesimerkkejä: 3');
  });

  it('says which of them the page shows when one page does not hold them all', async () => {
    expect(await showing(12, 10)).toBe('Hankintaesimerkkejä: 12 (näytetään 1–10)');
  });

  it('searches again as soon as a filter is chosen, keeping the words typed', async () => {
    const { element, http, stable } = render(CaseLibrary, { fi });
    http.expectOne((r) => r.url === '/api/cases').flush({ items: [summary(1)], total: 1 });
    await stable();
    fill(element, '#case-q', 'hankinta');
    fill(element, '#case-theme', 'climate');
    await stable();
    const request = http.expectOne((r) => r.url === '/api/cases');
    expect(request.request.params.get('theme')).toBe('climate');
    expect(request.request.params.get('q')).toBe('hankinta');
    expect(request.request.params.get('offset')).toBe('0');
    request.flush({ items: [], total: 0 });
  });
});
