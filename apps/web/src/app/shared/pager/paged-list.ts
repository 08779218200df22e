import { HttpErrorResponse } from '@angular/common/http';
import { type Signal, signal, untracked } from '@angular/core';
import type { ListResponse } from '@keino/contracts';
import type { Observable } from 'rxjs';

import { latestRequest } from './latest-request';

/** Where a paged list is: `missing` only when the list asks for it (a 404 means "no such parent"). */
export type PagedListStatus = 'loading' | 'ready' | 'failed' | 'missing';

export interface PagedListOptions<T, F> {
  /** How many rows one page holds (the API's `limit`). */
  pageSize: number;
  /** The filter the list starts with; the page binds its filter form to `list.filter`. */
  filter: F;
  load: (filter: F, offset: number, limit: number) => Observable<ListResponse<T>>;
  /** Keep the current page on screen while the next one loads (instead of the loading state). */
  keepPageWhileLoading?: boolean;
  /** Called as each page is asked for, for what the page does beside loading (close an editor, keep the address). */
  onShow?: (filter: F, offset: number) => void;
  /** Answer a 404 with `missing` instead of `failed`. */
  missingOn404?: boolean;
}

/** What a pager needs of a paged list: where it is, how long it is, and how to go elsewhere. */
export interface Pageable {
  readonly pageSize: number;
  readonly offset: Signal<number>;
  readonly total: Signal<number>;
  show(offset: number): void;
}

/**
 * One offset-paged list: its filter, the rows of the page shown, the total and the loading state. Requests go
 * through `latestRequest`, so the newest page or filter wins and a slower earlier answer is dropped. Create it in
 * an injection context (a field initializer); it stops when the component is destroyed.
 */
export class PagedList<T, F = null> implements Pageable {
  readonly pageSize: number;
  /** Mutable on purpose: template-driven filter forms bind to its properties; `show(0)` applies it. */
  filter: F;
  readonly items = signal<T[]>([]);
  readonly total = signal(0);
  readonly offset = signal(0);
  readonly status = signal<PagedListStatus>('loading');
  private readonly fetch: (request: { filter: F; offset: number }) => void;

  constructor(private readonly options: PagedListOptions<T, F>) {
    this.pageSize = options.pageSize;
    this.filter = options.filter;
    this.fetch = latestRequest(
      ({ filter, offset }: { filter: F; offset: number }) => options.load(filter, offset, options.pageSize),
      {
        next: (list) => {
          this.items.set(list.items);
          this.total.set(list.total);
          this.status.set('ready');
        },
        error: (error) =>
          this.status.set(
            options.missingOn404 && error instanceof HttpErrorResponse && error.status === 404
              ? 'missing'
              : 'failed',
          ),
      },
    );
  }

  /** Loads the page at `offset` with the current filter. Safe to call from an effect: it tracks no signal. */
  show(offset: number): void {
    untracked(() => {
      this.options.onShow?.(this.filter, offset);
      this.offset.set(offset);
      if (!this.options.keepPageWhileLoading || this.status() !== 'ready') this.status.set('loading');
      this.fetch({ filter: this.filter, offset });
    });
  }

  /** Loads the page shown again (after a change the list should reflect). */
  reload(): void {
    this.show(untracked(this.offset));
  }

  /** Drops one row that is gone (e.g. erased) without reloading the page. */
  remove(predicate: (item: T) => boolean): void {
    const before = this.items().length;
    this.items.update((items) => items.filter((item) => !predicate(item)));
    this.total.update((total) => total - (before - this.items().length));
  }

  /** Replaces rows with their saved version without reloading the page. */
  replace(update: (item: T) => T): void {
    this.items.update((items) => items.map(update));
  }
}

/** Shorthand for `new PagedList(options)` in a field initializer. */
export function pagedList<T, F = null>(options: PagedListOptions<T, F>): PagedList<T, F> {
  return new PagedList(options);
}
