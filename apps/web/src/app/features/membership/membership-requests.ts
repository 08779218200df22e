import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { ErrorCode, MembershipRequestResponse } from '@keino/contracts';

import { apiErrorCode } from '../../core/http/api-error';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { ListState, type ListStatus } from '../../shared/ui/list-state';
import { MembershipApi } from './membership-api';

/**
 * The organisation's pending membership requests, for its coordinators and admins: approving makes the person a
 * member, rejecting closes the request. A request from an address not yet verified says so.
 */
@Component({
  selector: 'app-membership-requests',
  imports: [ListState, LocalDatePipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2 [id]="headingId">{{ t('membership.requests.title') }}</h2>
      <p class="announcement" role="status" aria-live="polite">
        @if (announcement(); as a) {
          {{ t('membership.requests.' + a.key, { name: a.name }) }}
        }
      </p>
      <app-list-state
        [status]="status()"
        [empty]="requests().length === 0"
        [emptyText]="t('membership.requests.empty')"
        [retryable]="true"
        (retry)="load(organizationId())"
      >
        <ng-template>
          <ul class="queue" [attr.aria-labelledby]="headingId">
            @for (r of requests(); track r.id) {
              <li>
                <span>
                  <strong>{{ r.user.fullName }}</strong> · {{ r.user.email }} ·
                  <time [attr.datetime]="r.createdAt">{{ r.createdAt | localDate }}</time>
                  @if (!r.user.emailVerified) {
                    · <span class="badge">{{ t('membership.requests.unverified') }}</span>
                  }
                </span>
                <span class="exports">
                  <button
                    type="button"
                    class="button primary"
                    [disabled]="busy() === r.id"
                    [attr.aria-label]="t('membership.requests.approve') + ': ' + r.user.fullName"
                    (click)="decide(r, 'approved')"
                  >
                    {{ t('membership.requests.approve') }}
                  </button>
                  <button
                    type="button"
                    class="button"
                    [disabled]="busy() === r.id"
                    [attr.aria-label]="t('membership.requests.reject') + ': ' + r.user.fullName"
                    (click)="decide(r, 'rejected')"
                  >
                    {{ t('membership.requests.reject') }}
                  </button>
                </span>
              </li>
            }
          </ul>
        </ng-template>
      </app-list-state>
    </ng-container>
  `,
})
export class MembershipRequests {
  private readonly api = inject(MembershipApi);
  readonly organizationId = input.required<string>();
  protected readonly headingId = 'membership-requests-title';
  protected readonly status = signal<ListStatus>('loading');
  protected readonly requests = signal<MembershipRequestResponse[]>([]);
  protected readonly busy = signal<string | null>(null);
  protected readonly announcement = signal<{ key: string; name: string } | null>(null);

  constructor() {
    effect(() => this.load(this.organizationId()));
  }

  protected load(organizationId: string): void {
    this.status.set('loading');
    this.api.requests(organizationId).subscribe({
      next: (list) => {
        this.requests.set(list.items);
        this.status.set('ready');
      },
      error: () => this.status.set('failed'),
    });
  }

  protected decide(request: MembershipRequestResponse, status: 'approved' | 'rejected'): void {
    const name = request.user.fullName;
    this.busy.set(request.id);
    this.api.decide(request.id, status).subscribe({
      next: () => {
        this.busy.set(null);
        this.requests.update((all) => all.filter((r) => r.id !== request.id));
        this.announcement.set({ key: status, name });
      },
      error: (error: HttpErrorResponse) => {
        this.busy.set(null);
        // Decided by a colleague meanwhile, joined elsewhere, or failed: the list then shows what stands now.
        this.announcement.set({ key: refusalKey(apiErrorCode(error)), name });
        this.load(this.organizationId());
      },
    });
  }
}

function refusalKey(code: ErrorCode | undefined): string {
  if (code === 'REQUEST_DECIDED') return 'alreadyDecided';
  if (code === 'MEMBER_OF_ANOTHER_ORGANIZATION') return 'otherOrganization';
  return 'decideFailed';
}
