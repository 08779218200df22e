import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  contentChild,
  input,
  type Signal,
  TemplateRef,
} from '@angular/core';

import { ListState } from '../ui/list-state';
import type { Pageable, PagedListStatus } from './paged-list';
import { ListPager } from './pager';

/** What the view reads of a `pagedList()`. */
export interface PagedListState extends Pageable {
  readonly status: Signal<PagedListStatus>;
  readonly items: Signal<readonly unknown[]>;
  reload(): void;
}

/**
 * A `pagedList()` on the page: its loading, failed and empty states (`<app-list-state>`), the rows of the page
 * shown (the `<ng-template>` inside) and the pager under them. Without `emptyText` an empty page shows its rows'
 * markup as it is. With `count` it says above the rows how many there are.
 *
 * ```html
 * <app-paged-list [list]="list" [emptyText]="t('none')">
 *   <ng-template><ul>@for (row of list.items(); track row.id) { <li>…</li> }</ul></ng-template>
 * </app-paged-list>
 * ```
 */
@Component({
  selector: 'app-paged-list',
  imports: [ListState, ListPager, NgTemplateOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  template: `
    @if (count() !== undefined) {
      <p class="count" role="status" aria-live="polite">
        @if (list().status() === 'ready') {
          {{ count() }}
        }
      </p>
    }
    <app-list-state
      [status]="list().status()"
      [empty]="emptyText() !== undefined && list().items().length === 0"
      [emptyText]="emptyText() ?? ''"
      [retryable]="retryable()"
      [retryText]="retryText()"
      (retry)="list().reload()"
    >
      <ng-template>
        <ng-container [ngTemplateOutlet]="rows()" />
        <app-list-pager [list]="list()" />
      </ng-template>
    </app-list-state>
  `,
})
export class PagedListView {
  readonly list = input.required<PagedListState>();
  readonly emptyText = input<string>();
  /** "12 found": announced politely once the page has loaded (read from `list.total()`). */
  readonly count = input<string>();
  /** Offer a retry button when loading fails (it loads the page shown again). */
  readonly retryable = input(false);
  readonly retryText = input<string>();
  protected readonly rows = contentChild.required(TemplateRef);
}
