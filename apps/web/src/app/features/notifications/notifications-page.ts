import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { NotificationResponse } from '@keino/contracts';
import { tap } from 'rxjs';

import { LanguageService } from '../../core/i18n/language';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { NotificationsApi } from './notifications-api';
import { notificationText, type NotificationText } from './notification-text';
import { UnreadNotifications } from './unread-notifications';
import { pagedList } from '../../shared/pager/paged-list';
import { PagedListView } from '../../shared/pager/paged-list-view';

const PAGE = 20;

/** The signed-in person's notifications, newest first: read them, mark them read, follow them to the course. */
@Component({
  selector: 'app-notifications-page',
  imports: [PagedListView, RouterLink, TranslocoDirective, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './notifications.css',
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('notifications.title') }}</h1>
      <p class="lead">{{ t('notifications.lead') }}</p>
      <div class="toolbar">
        <p class="count" role="status" aria-live="polite">
          @if (list.status() === 'ready') {
            {{ t('notifications.unreadCount', { count: unread.count() }) }}
          }
          {{ message() ? t(message()) : '' }}
        </p>
        @if (unread.count() > 0) {
          <button type="button" class="button" (click)="markAllRead()">
            {{ t('notifications.markAllRead') }}
          </button>
        }
      </div>
      <app-paged-list [list]="list" [emptyText]="t('notifications.empty')">
        <ng-template>
          <ul class="notification-list" [attr.aria-label]="t('notifications.title')">
            @for (n of list.items(); track n.id) {
              @let text = describe(n);
              <li [class.unread]="!n.readAt">
                <h2>
                  @if (!n.readAt) {
                    <span class="visually-hidden">{{ t('notifications.unread') }}: </span>
                  }
                  {{ text.title }}
                </h2>
                <p>{{ text.body }}</p>
                <p class="meta">
                  <time [attr.datetime]="n.createdAt">{{ n.createdAt | localDate: 'dateTime' }}</time>
                </p>
                <div class="actions">
                  <a [routerLink]="text.link" (click)="markRead(n)">{{ t('notifications.open') }}</a>
                  @if (!n.readAt) {
                    <button type="button" class="button" (click)="markRead(n)">
                      {{ t('notifications.markRead') }}<span class="visually-hidden">: {{ text.title }}</span>
                    </button>
                  }
                </div>
              </li>
            }
          </ul>
        </ng-template>
      </app-paged-list>
    </section>
  `,
})
export class NotificationsPage {
  private readonly api = inject(NotificationsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  protected readonly unread = inject(UnreadNotifications);
  protected readonly message = signal('');
  protected readonly list = pagedList({
    pageSize: PAGE,
    filter: null,
    // In the request, so a dropped (older) answer never sets the count either.
    load: (_, offset, limit) =>
      this.api.list(offset, limit).pipe(tap((page) => this.unread.set(page.unread))),
  });

  constructor() {
    this.list.show(0);
  }

  // Read in the template, so the texts follow a language switch.
  protected describe(n: NotificationResponse): NotificationText {
    return notificationText(
      n,
      (key, params) => this.transloco.translate(key, params),
      this.language.current(),
    );
  }

  protected markRead(n: NotificationResponse): void {
    if (n.readAt) return;
    this.api.read(n.id).subscribe({
      next: (updated) => {
        this.list.items.update((list) => list.map((x) => (x.id === n.id ? updated : x)));
        this.unread.set(this.unread.count() - 1);
        this.message.set('');
      },
      error: () => this.message.set('common.failed'),
    });
  }

  protected markAllRead(): void {
    this.api.readAll().subscribe({
      next: () => {
        const now = new Date().toISOString();
        this.list.items.update((list) => list.map((x) => (x.readAt ? x : { ...x, readAt: now })));
        this.unread.set(0);
        this.message.set('notifications.allRead');
      },
      error: () => this.message.set('common.failed'),
    });
  }
}
