import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { SessionResponse } from '@keino/contracts';
import { Observable } from 'rxjs';

import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { ListState, ListStatus } from '../../shared/ui/list-state';
import { ProfileApi } from './profile-api';

/** What the live region says after an action: a key under `sessions.` (with the device it was about). */
type Outcome = { key: 'ended' | 'endedOthers' | 'endFailed'; device?: string } | null;

/**
 * The person's sessions: each device they are signed in on and when it was last used, this one marked. Ending one
 * (or all the others) signs that device out at once; this device's page carries on (its token refreshes silently).
 */
@Component({
  selector: 'app-profile-sessions',
  imports: [ListState, LocalDatePipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2 id="sessions-heading" tabindex="-1" #heading>{{ t('sessions.title') }}</h2>
      <p>{{ t('sessions.lead') }}</p>
      <app-list-state
        [status]="status()"
        [empty]="sessions().length === 0"
        [emptyText]="t('sessions.empty')"
        [failedText]="t('sessions.loadFailed')"
        [retryable]="true"
        (retry)="load()"
      >
        <ng-template>
          <ul class="queue" aria-labelledby="sessions-heading">
            @for (session of sessions(); track session.id) {
              <li>
                <span>
                  <strong>{{ session.device || t('sessions.unknownDevice') }}</strong>
                  @if (session.current) {
                    <span class="badge">{{ t('sessions.current') }}</span>
                  }
                  <br />
                  <span class="note">
                    {{ t('sessions.lastUsed', { when: (session.lastUsedAt | localDate: 'dateTime') }) }}
                  </span>
                </span>
                @if (!session.current) {
                  <button
                    type="button"
                    class="button small"
                    [disabled]="busy()"
                    [attr.aria-label]="
                      t('sessions.endOne', { device: session.device || t('sessions.unknownDevice') })
                    "
                    (click)="end(session)"
                  >
                    {{ t('sessions.end') }}
                  </button>
                }
              </li>
            }
          </ul>
          @if (others() > 0) {
            <button type="button" class="button" [disabled]="busy()" (click)="endOthers()">
              {{ t('sessions.endOthers') }}
            </button>
          }
        </ng-template>
      </app-list-state>
      <p class="message" role="status" aria-live="polite">
        @if (outcome(); as said) {
          {{ t('sessions.' + said.key, { device: said.device || t('sessions.unknownDevice') }) }}
        }
      </p>
    </ng-container>
  `,
})
export class ProfileSessions {
  private readonly api = inject(ProfileApi);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  protected readonly sessions = signal<SessionResponse[]>([]);
  protected readonly status = signal<ListStatus>('loading');
  protected readonly busy = signal(false);
  protected readonly outcome = signal<Outcome>(null);
  protected readonly others = computed(() => this.sessions().filter((s) => !s.current).length);

  constructor() {
    this.load();
  }

  /** Reads the list again (also after the password changed, which ends every other session). */
  load(): void {
    this.status.set('loading');
    this.api.sessions().subscribe({
      next: (page) => {
        this.sessions.set(page.items);
        this.status.set('ready');
      },
      error: () => this.status.set('failed'),
    });
  }

  protected end(session: SessionResponse): void {
    const device = session.device || undefined;
    this.act(this.api.endSession(session.id), { key: 'ended', device });
  }

  protected endOthers(): void {
    this.act(this.api.endOtherSessions(), { key: 'endedOthers' });
  }

  // The pressed button goes with its row, so the focus moves to the list's heading, ahead of what changed.
  private act(call: Observable<void>, done: NonNullable<Outcome>): void {
    this.busy.set(true);
    this.outcome.set(null);
    call.subscribe({
      next: () => {
        this.busy.set(false);
        this.outcome.set(done);
        this.heading().nativeElement.focus();
        this.load();
      },
      error: () => {
        this.busy.set(false);
        this.outcome.set({ key: 'endFailed', device: done.device });
      },
    });
  }
}
