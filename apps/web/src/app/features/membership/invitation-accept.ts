import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { InvitationLookupResponse } from '@keino/contracts';

import { apiErrorCode } from '../../core/http/api-error';
import { Session } from '../../core/auth/session';
import { MembershipApi } from './membership-api';

/** Why the invitation cannot be accepted (each has its message under `membership.accept.`), or `failed`. */
type Refusal = 'invalid' | 'otherEmail' | 'otherOrganization' | 'failed';

/**
 * Where an emailed invitation leads (`/invitations/accept?token=`): which organisation invites which address. A
 * signed-in person accepts it here; anyone else signs in or creates an account, and comes back or registers with it.
 */
@Component({
  selector: 'app-invitation-accept',
  imports: [RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page narrow" *transloco="let t">
      <h1>{{ t('membership.accept.title') }}</h1>
      @if (loading()) {
        <p role="status">{{ t('common.loading') }}</p>
      }
      @if (invitation(); as i) {
        <p class="lead">
          {{ t('membership.accept.lead', { organization: i.organizationName, email: i.email }) }}
        </p>
        @if (accepted()) {
          <p class="announcement" role="status">
            {{ t('membership.accept.accepted', { organization: i.organizationName }) }}
          </p>
          <p>
            <a class="button primary" routerLink="/catalogue">{{ t('membership.accept.continue') }}</a>
          </p>
        } @else if (session.user(); as user) {
          @if (otherEmail()) {
            <p class="note">
              {{ t('membership.accept.signedInAs', { email: user.email, invited: i.email }) }}
            </p>
          } @else {
            <button type="button" class="button primary" [disabled]="busy()" (click)="accept()">
              {{ t('membership.accept.submit', { organization: i.organizationName }) }}
            </button>
          }
        } @else {
          <p>{{ t('membership.accept.signInFirst') }}</p>
          <p class="exports">
            <a class="button primary" routerLink="/sign-in" [queryParams]="{ returnUrl: here() }">{{
              t('app.signIn')
            }}</a>
            <a class="button" routerLink="/register" [queryParams]="{ invitation: token() }">{{
              t('membership.accept.register')
            }}</a>
          </p>
        }
      }
      <p class="message" role="alert">
        @if (refusal(); as r) {
          {{ t('membership.accept.' + r, { email: invitation()?.email ?? '' }) }}
        }
      </p>
    </section>
  `,
})
export class InvitationAccept implements OnInit {
  protected readonly session = inject(Session);
  private readonly api = inject(MembershipApi);
  /** The invitation's token (`?token=`). */
  readonly token = input<string>();
  protected readonly loading = signal(true);
  protected readonly invitation = signal<InvitationLookupResponse | null>(null);
  protected readonly refusal = signal<Refusal | null>(null);
  protected readonly busy = signal(false);
  protected readonly accepted = signal(false);
  /** Signed in with another address than the invited one: accepting would be refused, so say so first. */
  protected readonly otherEmail = computed(() => {
    const email = this.session.user()?.email;
    const invited = this.invitation()?.email;
    return !!email && !!invited && email.toLowerCase() !== invited.toLowerCase();
  });
  /** Sign-in comes back here with the token. */
  protected readonly here = computed(
    () => `/invitations/accept?token=${encodeURIComponent(this.token() ?? '')}`,
  );

  ngOnInit(): void {
    const token = this.token();
    if (!token) {
      this.loading.set(false);
      return this.refusal.set('invalid');
    }
    this.api.lookupInvitation(token).subscribe({
      next: (invitation) => {
        this.loading.set(false);
        this.invitation.set(invitation);
      },
      error: (error: HttpErrorResponse) => {
        this.loading.set(false);
        this.refusal.set(refusalOf(error));
      },
    });
  }

  protected accept(): void {
    const token = this.token();
    if (!token) return;
    this.busy.set(true);
    this.refusal.set(null);
    this.api.acceptInvitation(token).subscribe({
      next: (user) => {
        this.busy.set(false);
        this.session.replaceUser(user);
        this.accepted.set(true);
      },
      error: (error: HttpErrorResponse) => {
        this.busy.set(false);
        this.refusal.set(refusalOf(error));
      },
    });
  }
}

function refusalOf(error: HttpErrorResponse): Refusal {
  switch (apiErrorCode(error)) {
    case 'INVALID_LINK':
      return 'invalid';
    case 'INVITATION_FOR_ANOTHER_EMAIL':
      return 'otherEmail';
    case 'MEMBER_OF_ANOTHER_ORGANIZATION':
      return 'otherOrganization';
    default:
      return 'failed';
  }
}
