import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, contentChild, input, output, TemplateRef } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

/** Where a page's data is: anything other than loading or failed counts as loaded. */
export type ListStatus = 'loading' | 'failed' | (string & {});

/**
 * The loading / failed / empty / ready states of a page or list, with the same markup on every page:
 * loading is a polite status, failure an alert (with a retry button when `retryable`), empty a plain line.
 * The ready content is an `<ng-template>` so that it is only created once the data is there.
 */
@Component({
  selector: 'app-list-state',
  imports: [NgTemplateOutlet, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  template: `
    <ng-container *transloco="let t">
      @if (status() === 'loading') {
        <p role="status">{{ t('common.loading') }}</p>
      } @else if (status() === 'failed') {
        <p class="message" role="alert">{{ failedText() ?? t('common.failed') }}</p>
        @if (retryable()) {
          <button type="button" class="button" (click)="retry.emit()">
            {{ retryText() ?? t('common.retry') }}
          </button>
        }
      } @else if (empty()) {
        <p>{{ emptyText() }}</p>
      } @else if (ready(); as content) {
        <ng-container [ngTemplateOutlet]="content" />
      }
    </ng-container>
  `,
})
export class ListState {
  readonly status = input.required<ListStatus>();
  /** True when the data has loaded and there is nothing to show; `emptyText` is shown instead of the content. */
  readonly empty = input(false);
  readonly emptyText = input('');
  /** A page-specific failure message instead of the common one. */
  readonly failedText = input<string | undefined>(undefined);
  readonly retryable = input(false);
  readonly retryText = input<string | undefined>(undefined);
  readonly retry = output<void>();

  protected readonly ready = contentChild(TemplateRef);
}
