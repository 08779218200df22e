import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { UserResponse } from '@keino/contracts';

import { apiErrorCode } from '../../core/http/api-error';
import { Session } from '../../core/auth/session';
import { MembershipApi } from '../membership/membership-api';
import { AccountApi } from './account-api';

/** What the page shows; `joined` and `pending` name the organisation. */
type Outcome =
  | { kind: 'verifying' }
  | { kind: 'verified' }
  | { kind: 'joined'; name: string }
  | { kind: 'pending'; name: string }
  | { kind: 'invalid' }
  | { kind: 'failed' };

/**
 * Where the emailed verification link leads (`/verify-email?token=`): the link is used once, on arrival. A link
 * that no longer works says why it may not, and a signed-in person who is still unverified asks for a new one here.
 */
@Component({
  selector: 'app-verify-email',
  imports: [RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page narrow" *transloco="let t">
      <h1>{{ t('membership.verify.title') }}</h1>
      <div role="status" aria-live="polite">
        @switch (outcome().kind) {
          @case ('verifying') {
            <p>{{ t('membership.verify.verifying') }}</p>
          }
          @case ('verified') {
            <p class="announcement">{{ t('membership.verify.verified') }}</p>
          }
          @case ('joined') {
            <p class="announcement">{{ t('membership.verify.joined', { name: name() }) }}</p>
          }
          @case ('pending') {
            <p class="announcement">{{ t('membership.verify.pending', { name: name() }) }}</p>
          }
          @case ('invalid') {
            <p class="message">
              {{ t(alreadyVerified() ? 'membership.verify.alreadyVerified' : 'membership.verify.invalid') }}
            </p>
          }
          @case ('failed') {
            <p class="message">{{ t('membership.verify.failed') }}</p>
          }
        }
      </div>
      @if (outcome().kind === 'invalid' && !alreadyVerified()) {
        @if (session.signedIn()) {
          <button
            type="button"
            class="button primary"
            [disabled]="resend() === 'busy'"
            (click)="sendNewLink()"
          >
            {{ t('membership.verify.resend') }}
          </button>
          <p
            role="status"
            aria-live="polite"
            [class.announcement]="resend() === 'sent'"
            [class.message]="resend() === 'failed'"
          >
            @if (resend() === 'sent') {
              {{ t('membership.verify.sent', { email: session.user()?.email }) }}
            } @else if (resend() === 'failed') {
              {{ t('membership.verify.resendFailed') }}
            }
          </p>
        } @else {
          <p>
            <a routerLink="/sign-in" [queryParams]="{ returnUrl: '/profile' }">{{
              t('membership.verify.signInToResend')
            }}</a>
          </p>
        }
      }
      @if (outcome().kind !== 'verifying' && outcome().kind !== 'invalid' && outcome().kind !== 'failed') {
        <p>
          @if (session.signedIn()) {
            <a class="button" routerLink="/catalogue">{{ t('membership.verify.continue') }}</a>
          } @else {
            <a class="button" routerLink="/sign-in">{{ t('app.signIn') }}</a>
          }
        </p>
      }
    </section>
  `,
})
export class VerifyEmail implements OnInit {
  protected readonly session = inject(Session);
  private readonly account = inject(AccountApi);
  private readonly membership = inject(MembershipApi);
  /** The link's single-use token (`?token=`). */
  readonly token = input<string>();
  protected readonly outcome = signal<Outcome>({ kind: 'verifying' });
  protected readonly resend = signal<'idle' | 'busy' | 'sent' | 'failed'>('idle');

  ngOnInit(): void {
    const token = this.token();
    if (!token) return this.outcome.set({ kind: 'invalid' });
    this.account.verifyEmail(token).subscribe({
      next: (user) => this.verified(user),
      error: (error: HttpErrorResponse) => {
        if (apiErrorCode(error) !== 'INVALID_LINK') return this.outcome.set({ kind: 'failed' });
        if (!this.session.signedIn()) return this.outcome.set({ kind: 'invalid' });
        // Verified in another tab meanwhile? The session's copy may be older than the account.
        this.account.me().subscribe({
          next: (user) => {
            this.session.replaceUser(user);
            this.outcome.set({ kind: 'invalid' });
          },
          error: () => this.outcome.set({ kind: 'invalid' }),
        });
      },
    });
  }

  /** A used link opened again by someone whose address is verified: nothing is wrong. */
  protected alreadyVerified(): boolean {
    return this.session.user()?.emailVerified === true;
  }

  protected name(): string {
    const outcome = this.outcome();
    return outcome.kind === 'joined' || outcome.kind === 'pending' ? outcome.name : '';
  }

  protected sendNewLink(): void {
    this.resend.set('busy');
    this.account.resendVerification().subscribe({
      next: () => this.resend.set('sent'),
      error: () => this.resend.set('failed'),
    });
  }

  private verified(user: UserResponse): void {
    // The link may be someone else's than the signed-in person's (a shared computer): only theirs updates the session.
    if (this.session.user()?.id === user.id) this.session.replaceUser(user);
    const organizationId = user.organizationId ?? user.pendingOrganizationId;
    if (!organizationId) return this.outcome.set({ kind: 'verified' });
    const kind = user.organizationId ? 'joined' : 'pending';
    this.membership.organizationName(organizationId, this.session.signedIn()).subscribe({
      next: (name) => this.outcome.set(name ? { kind, name } : { kind: 'verified' }),
      error: () => this.outcome.set({ kind: 'verified' }),
    });
  }
}
