import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { ListResponse } from '@keino/contracts';
import { Subject, throwError } from 'rxjs';

import { PagedList, pagedList, type PagedListOptions } from './paged-list';

interface Row {
  id: string;
}

const answer = (offset: number, ids: string[], total = 45): ListResponse<Row> =>
  ({ items: ids.map((id) => ({ id })), total, offset, limit: 20 }) as ListResponse<Row>;

/** A list whose every request stays open until the spec answers it, in whatever order it likes. */
function openList(options: Partial<PagedListOptions<Row, { q: string }>> = {}) {
  const requests: { filter: { q: string }; offset: number; answer: Subject<ListResponse<Row>> }[] = [];
  const list = TestBed.runInInjectionContext(() =>
    pagedList<Row, { q: string }>({
      pageSize: 20,
      filter: { q: '' },
      load: (filter, offset) => {
        const pending = new Subject<ListResponse<Row>>();
        requests.push({ filter: { ...filter }, offset, answer: pending });
        return pending;
      },
      ...options,
    }),
  );
  return { list, requests };
}

function reply(pending: Subject<ListResponse<Row>>, value: ListResponse<Row>): void {
  pending.next(value);
  pending.complete();
}

describe('pagedList', () => {
  it('shows the newest page when an earlier, slower answer arrives last', () => {
    const { list, requests } = openList();
    list.show(20);
    list.filter.q = 'uusi';
    list.show(0);
    const [older, newer] = requests;
    expect(newer.filter).toEqual({ q: 'uusi' });

    reply(newer.answer, answer(0, ['uusin']));
    reply(older.answer, answer(20, ['vanhempi']));

    expect(list.items()).toEqual([{ id: 'uusin' }]);
    expect(list.offset()).toBe(0);
    expect(list.status()).toBe('ready');
  });

  it('is loading while a page is asked for, unless it keeps the page shown', () => {
    const plain = openList();
    plain.list.show(0);
    reply(plain.requests[0].answer, answer(0, ['a']));
    plain.list.show(20);
    expect(plain.list.status()).toBe('loading');

    const kept = openList({ keepPageWhileLoading: true });
    kept.list.show(0);
    reply(kept.requests[0].answer, answer(0, ['a']));
    kept.list.show(20);
    expect(kept.list.status()).toBe('ready');
    expect(kept.list.items()).toEqual([{ id: 'a' }]);
  });

  it('fails, or says missing on a 404 when asked to', () => {
    const notFound = new HttpErrorResponse({ status: 404 });
    const load = () => throwError(() => notFound);
    const failing = TestBed.runInInjectionContext(() => pagedList<Row>({ pageSize: 5, filter: null, load }));
    failing.show(0);
    expect(failing.status()).toBe('failed');

    const missing = TestBed.runInInjectionContext(
      () => new PagedList<Row>({ pageSize: 5, filter: null, load, missingOn404: true }),
    );
    missing.show(0);
    expect(missing.status()).toBe('missing');
  });

  it('drops and replaces rows in place, keeping the total right', () => {
    const { list, requests } = openList();
    list.show(0);
    reply(requests[0].answer, answer(0, ['a', 'b'], 2));
    list.remove((row) => row.id === 'a');
    list.replace((row) => (row.id === 'b' ? { id: 'B' } : row));
    expect(list.items()).toEqual([{ id: 'B' }]);
    expect(list.total()).toBe(1);
    list.reload();
    expect(requests[1].offset).toBe(0);
  });
});
