import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import type { InvitationResponse } from '@keino/contracts';

import { apiErrorCode } from '../../core/http/api-error';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { FORM_FIELD } from '../../shared/ui/form-field';
import { ListState, type ListStatus } from '../../shared/ui/list-state';
import { MembershipApi } from './membership-api';

/** Why the address was refused: a message under `membership.invitations.errors.`. */
type InviteError = 'email' | 'exists' | 'member' | 'failed';

// The same loose check as the browser's type="email": the API has the last word.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Invitations to the organisation, for its coordinators and admins: invite a colleague by email (the link in the
 * email makes them a member at once), see the invitations still open and revoke one.
 */
@Component({
  selector: 'app-organization-invitations',
  imports: [FormsModule, ListState, LocalDatePipe, TranslocoDirective, ...FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2 id="invitations-title">{{ t('membership.invitations.title') }}</h2>
      <p>{{ t('membership.invitations.lead') }}</p>
      <form class="narrow" novalidate aria-labelledby="invitations-title" (ngSubmit)="invite()">
        <app-form-field
          fieldId="invite-email"
          [label]="t('membership.invitations.email')"
          [error]="error() && t('membership.invitations.errors.' + error())"
        >
          <input appFieldControl type="email" name="email" [(ngModel)]="email" autocomplete="off" required />
        </app-form-field>
        <div>
          <button type="submit" class="button primary" [disabled]="busy()">
            {{ t('membership.invitations.send') }}
          </button>
        </div>
      </form>
      <p class="announcement" role="status" aria-live="polite">
        @if (announcement(); as a) {
          {{ t('membership.invitations.' + a.key, { email: a.email }) }}
        }
      </p>
      <h3 id="invitations-open">{{ t('membership.invitations.open') }}</h3>
      <app-list-state
        [status]="status()"
        [empty]="invitations().length === 0"
        [emptyText]="t('membership.invitations.empty')"
        [retryable]="true"
        (retry)="load(organizationId())"
      >
        <ng-template>
          <ul class="queue" aria-labelledby="invitations-open">
            @for (i of invitations(); track i.id) {
              <li>
                <span>
                  <strong>{{ i.email }}</strong> ·
                  {{
                    t('membership.invitations.meta', {
                      by: i.invitedBy.fullName,
                      expires: (i.expiresAt | localDate),
                    })
                  }}
                </span>
                <button
                  type="button"
                  class="button"
                  [disabled]="revoking() === i.id"
                  [attr.aria-label]="t('membership.invitations.revoke') + ': ' + i.email"
                  (click)="revoke(i)"
                >
                  {{ t('membership.invitations.revoke') }}
                </button>
              </li>
            }
          </ul>
        </ng-template>
      </app-list-state>
    </ng-container>
  `,
})
export class OrganizationInvitations {
  private readonly api = inject(MembershipApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  readonly organizationId = input.required<string>();
  protected readonly status = signal<ListStatus>('loading');
  protected readonly invitations = signal<InvitationResponse[]>([]);
  protected readonly busy = signal(false);
  protected readonly revoking = signal<string | null>(null);
  protected readonly error = signal<InviteError | null>(null);
  protected readonly announcement = signal<{ key: string; email: string } | null>(null);
  protected email = '';

  constructor() {
    effect(() => this.load(this.organizationId()));
  }

  protected load(organizationId: string): void {
    this.status.set('loading');
    this.api.invitations(organizationId).subscribe({
      next: (list) => {
        this.invitations.set(list.items);
        this.status.set('ready');
      },
      error: () => this.status.set('failed'),
    });
  }

  protected invite(): void {
    const email = this.email.trim();
    this.announcement.set(null);
    if (!EMAIL.test(email)) return this.refuse('email');
    this.error.set(null);
    this.busy.set(true);
    this.api.invite(this.organizationId(), email).subscribe({
      next: (invitation) => {
        this.busy.set(false);
        this.email = '';
        this.invitations.update((all) => [invitation, ...all]);
        this.announcement.set({ key: 'sent', email: invitation.email });
      },
      error: (error: HttpErrorResponse) => {
        this.busy.set(false);
        const code = apiErrorCode(error);
        if (code === 'INVITATION_EXISTS') return this.refuse('exists');
        if (code === 'ALREADY_MEMBER') return this.refuse('member');
        this.refuse(code === 'VALIDATION_FAILED' ? 'email' : 'failed');
      },
    });
  }

  protected revoke(invitation: InvitationResponse): void {
    this.revoking.set(invitation.id);
    this.api.revokeInvitation(invitation.id).subscribe({
      next: () => {
        this.revoking.set(null);
        this.invitations.update((all) => all.filter((i) => i.id !== invitation.id));
        this.announcement.set({ key: 'revoked', email: invitation.email });
      },
      error: (error: HttpErrorResponse) => {
        this.revoking.set(null);
        // A 404: accepted meanwhile, so there is nothing left to revoke and it is no longer open.
        const gone = error.status === 404;
        if (gone) this.invitations.update((all) => all.filter((i) => i.id !== invitation.id));
        this.announcement.set({ key: gone ? 'revokeGone' : 'revokeFailed', email: invitation.email });
      },
    });
  }

  /** The field shows why, and takes the focus back so the address can be corrected. */
  private refuse(error: InviteError): void {
    this.error.set(error);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#invite-email')?.focus(), {
      injector: this.injector,
    });
  }
}
