import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { EMAIL_STATUSES, type EmailStatus, type ReminderRunResponse } from '@keino/contracts';

import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { NotificationsApi } from './notifications-api';
import { pagedList } from '../../shared/pager/paged-list';
import { PagedListView } from '../../shared/pager/paged-list-view';
import { FilterSelect } from '../../shared/ui/filter-select';

const PAGE = 25;

/** The admins' view of the emails the app wrote: the outbox when no mail server is set, and what was sent. */
@Component({
  selector: 'app-outbox',
  imports: [PagedListView, FilterSelect, FormsModule, TranslocoDirective, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './notifications.css',
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('notifications.outbox.title') }}</h1>
      <p class="lead">{{ t('notifications.outbox.lead') }}</p>
      <div class="toolbar">
        <p role="status" aria-live="polite" class="count">
          @if (ran(); as r) {
            {{
              t('notifications.outbox.ran', {
                released: r.created.module_released,
                workshops: r.created.workshop_tomorrow,
                ending: r.created.cohort_ending,
                followUp: r.created.follow_up_open,
              })
            }}
          }
          {{ runMessage() ? t(runMessage()) : '' }}
        </p>
        <button type="button" class="button primary" [disabled]="running()" (click)="runReminders()">
          {{ t('notifications.outbox.run') }}
        </button>
      </div>
      <form class="filters" role="search" (ngSubmit)="list.show(0)">
        <div class="field">
          <label for="outbox-q">{{ t('notifications.outbox.search') }}</label>
          <input id="outbox-q" name="q" type="search" [(ngModel)]="list.filter.q" autocomplete="off" />
        </div>
        <app-filter-select
          fieldId="outbox-status"
          name="status"
          [label]="t('notifications.outbox.status')"
          [anyText]="t('notifications.outbox.any')"
          [choices]="statuses"
          labelKey="notifications.outbox.statuses."
          [(value)]="list.filter.status"
        />
        <button type="submit" class="button">{{ t('notifications.outbox.filter') }}</button>
      </form>
      <app-paged-list
        [list]="list"
        [count]="t('notifications.outbox.count', { total: list.total() })"
        [emptyText]="t('notifications.outbox.empty')"
      >
        <ng-template>
          <ul class="rows" [attr.aria-label]="t('notifications.outbox.title')">
            @for (m of list.items(); track m.id) {
              <li>
                <h2 class="subject">{{ m.subject }}</h2>
                <p class="meta">
                  {{ t('notifications.outbox.to') }}: {{ m.toAddress }} ·
                  <time [attr.datetime]="m.createdAt">{{ m.createdAt | localDate: 'dateTime' }}</time> ·
                  {{ t('notifications.outbox.statuses.' + m.status) }}
                  @if (m.error) {
                    · {{ m.error }}
                  }
                </p>
                <details>
                  <summary>
                    {{ t('notifications.outbox.show') }}<span class="visually-hidden">: {{ m.subject }}</span>
                  </summary>
                  <pre>{{ m.body }}</pre>
                </details>
              </li>
            }
          </ul>
        </ng-template>
      </app-paged-list>
    </section>
  `,
  styles: `
    .subject {
      font-size: 1.05rem;
      margin: 0;
    }
  `,
})
export class Outbox {
  private readonly api = inject(NotificationsApi);
  protected readonly statuses = EMAIL_STATUSES;
  protected readonly running = signal(false);
  protected readonly ran = signal<ReminderRunResponse | null>(null);
  protected readonly runMessage = signal('');
  protected readonly list = pagedList({
    pageSize: PAGE,
    filter: { status: '' as EmailStatus | '', q: '' },
    load: (filter, offset, limit) => this.api.outbox(filter.status, filter.q, offset, limit),
  });

  constructor() {
    this.list.show(0);
  }

  protected runReminders(): void {
    this.running.set(true);
    this.runMessage.set('');
    this.ran.set(null);
    this.api.runReminders().subscribe({
      next: (result) => {
        this.ran.set(result);
        this.running.set(false);
        this.list.show(0);
      },
      error: () => {
        this.runMessage.set('common.failed');
        this.running.set(false);
      },
    });
  }
}
