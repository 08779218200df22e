import { DestroyRef, effect, inject, Injectable, signal } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';

import { Session } from '../../core/auth/session';
import { NotificationsApi } from './notifications-api';

// A modest poll while a page stays open; every navigation refreshes too.
const POLL_MS = 120_000;

/** The signed-in person's unread count for the header, refreshed on navigation and every two minutes. */
@Injectable({ providedIn: 'root' })
export class UnreadNotifications {
  private readonly api = inject(NotificationsApi);
  private readonly session = inject(Session);
  readonly count = signal(0);

  constructor() {
    const router = inject(Router);
    const subscription = router.events
      .pipe(filter((e) => e instanceof NavigationEnd))
      .subscribe(() => this.refresh());
    const timer = setInterval(() => this.refresh(), POLL_MS);
    inject(DestroyRef).onDestroy(() => {
      subscription.unsubscribe();
      clearInterval(timer);
    });
    effect(() => {
      if (this.session.signedIn()) this.refresh();
      else this.count.set(0);
    });
  }

  refresh(): void {
    if (!this.session.signedIn()) return;
    this.api.list(0, 1).subscribe({
      next: (list) => this.count.set(list.unread),
      error: () => undefined,
    });
  }

  /** After the person read some here, without waiting for the server round trip. */
  set(count: number): void {
    this.count.set(Math.max(0, count));
  }
}
