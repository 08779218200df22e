import type { CohortResponse, ListResponse } from '@keino/contracts';

import { find, render } from '../../../testing/render';
import { CohortList } from './cohort-list';

const cohort = (id: string, name: string): CohortResponse =>
  ({
    id,
    name,
    courseTitle: 'Kestävät hankinnat',
    courseVersion: 1,
    startsOn: '2026-01-01',
    endsOn: '2026-06-30',
    seatsTaken: 0,
    capacity: 20,
  }) as CohortResponse;

const page = (offset: number, name: string): ListResponse<CohortResponse> =>
  ({ items: [cohort(`c${offset}`, name)], total: 45, offset, limit: 20 }) as ListResponse<CohortResponse>;

describe('CohortList', () => {
  it('shows the newest page when an earlier, slower answer would arrive last', async () => {
    const { element, http, stable } = render(CohortList);
    await stable();
    http
      .expectOne((r) => r.url === '/api/cohorts' && r.params.get('offset') === '0')
      .flush(page(0, 'Ensimmäinen'));
    await stable();

    // Next, then Previous before the second page has answered: two requests are open.
    const [previous, next] = Array.from(element.querySelectorAll<HTMLButtonElement>('.pager button'));
    next.click();
    await stable();
    previous.click();
    await stable();
    const older = http.expectOne((r) => r.params.get('offset') === '20');
    const newer = http.expectOne((r) => r.params.get('offset') === '0');

    newer.flush(page(0, 'Uusin'));
    // The slow older answer comes last (unless the list dropped the request, as switchMap does).
    if (!older.cancelled) older.flush(page(20, 'Vanhempi'));
    await stable();
    expect(find(element, '.cards h2').textContent?.trim()).toBe('Uusin');
    http.verify();
  });
});
