import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { NotificationResponse } from '@keino/contracts';

import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { NotificationsApi } from './notifications-api';
import { notificationText, type NotificationText } from './notification-text';
import { UnreadNotifications } from './unread-notifications';
import { Pager } from '../../shared/pager/pager';
import { ListState } from '../../shared/ui/list-state';
import { latestRequest } from '../../shared/pager/latest-request';

const PAGE = 20;

/** The signed-in person's notifications, newest first: read them, mark them read, follow them to the course. */
@Component({
  selector: 'app-notifications-page',
  imports: [ListState, Pager, RouterLink, TranslocoDirective, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './notifications.css',
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('notifications.title') }}</h1>
      <p class="lead">{{ t('notifications.lead') }}</p>
      <div class="toolbar">
        <p class="count" role="status" aria-live="polite">
          @if (load() === 'ready') {
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
      <app-list-state [status]="load()" [empty]="items().length === 0" [emptyText]="t('notifications.empty')">
        <ng-template>
          <ul class="notification-list" [attr.aria-label]="t('notifications.title')">
            @for (n of items(); track n.id) {
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
                  <time [attr.datetime]="n.createdAt">{{ n.createdAt | localDate: 'd.M.yyyy HH.mm' }}</time>
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
          <app-pager [offset]="offset()" [limit]="PAGE" [total]="total()" (page)="show($event)" />
        </ng-template>
      </app-list-state>
    </section>
  `,
})
export class NotificationsPage {
  private readonly api = inject(NotificationsApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly unread = inject(UnreadNotifications);
  protected readonly PAGE = PAGE;
  protected readonly load = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly items = signal<NotificationResponse[]>([]);
  protected readonly total = signal(0);
  protected readonly offset = signal(0);
  protected readonly message = signal('');

  // The newest request wins: a slower answer to an earlier page or filter is dropped.
  private readonly fetch = latestRequest((offset: number) => this.api.list(offset, PAGE), {
    next: (list) => {
      this.items.set(list.items);
      this.total.set(list.total);
      this.unread.set(list.unread);
      this.load.set('ready');
    },
    error: () => this.load.set('failed'),
  });

  constructor() {
    this.show(0);
  }

  protected show(offset: number): void {
    this.offset.set(offset);
    this.load.set('loading');
    this.fetch(offset);
  }

  // Read in the template, so the texts follow a language switch.
  protected describe(n: NotificationResponse): NotificationText {
    return notificationText(n, (key, params) => this.transloco.translate(key, params));
  }

  protected markRead(n: NotificationResponse): void {
    if (n.readAt) return;
    this.api.read(n.id).subscribe({
      next: (updated) => {
        this.items.update((list) => list.map((x) => (x.id === n.id ? updated : x)));
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
        this.items.update((list) => list.map((x) => (x.readAt ? x : { ...x, readAt: now })));
        this.unread.set(0);
        this.message.set('notifications.allRead');
      },
      error: () => this.message.set('common.failed'),
    });
  }
}
