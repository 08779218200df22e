import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

import type { Pageable } from './paged-list';

/**
 * Previous / Next for an offset-paged list (the API's `offset`, `limit`, `total`). Shown only when there is more than
 * one page; `page` emits the new offset.
 */
@Component({
  selector: 'app-pager',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (total() > limit()) {
      <nav class="pager" *transloco="let t" [attr.aria-label]="t('common.pages')">
        <button type="button" class="button" [disabled]="offset() === 0" (click)="go(offset() - limit())">
          {{ t('common.previous') }}
        </button>
        <button type="button" class="button" [disabled]="last()" (click)="go(offset() + limit())">
          {{ t('common.next') }}
        </button>
      </nav>
    }
  `,
})
export class Pager {
  readonly offset = input.required<number>();
  readonly limit = input.required<number>();
  readonly total = input.required<number>();
  readonly page = output<number>();
  protected readonly last = computed(() => this.offset() + this.limit() >= this.total());

  protected go(offset: number): void {
    this.page.emit(Math.max(0, offset));
  }
}

/** The pager of a `pagedList()`: `<app-list-pager [list]="list" />`. */
@Component({
  selector: 'app-list-pager',
  imports: [Pager],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-pager
      [offset]="list().offset()"
      [limit]="list().pageSize"
      [total]="list().total()"
      (page)="list().show($event)"
    />
  `,
})
export class ListPager {
  readonly list = input.required<Pageable>();
}
