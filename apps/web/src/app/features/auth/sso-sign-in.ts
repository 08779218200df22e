import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { type SsoError, ssoErrorOf } from '@keino/contracts';

import { apiErrorCode } from '../../core/http/api-error';
import { FORM_FIELD } from '../../shared/ui/form-field';
import { LEAVE_APP, SsoApi, ssoStartUrl } from './sso-api';

// Enough to be an address: the API checks it properly.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Problem = 'required' | 'none' | 'failed';

/**
 * Why a sign-in through the organisation's provider stopped (`/sign-in?ssoError=…`), as an alert at the top of the
 * sign-in page. Added after the first render, so screen readers announce it; nothing at all without an error.
 */
@Component({
  selector: 'app-sso-error',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @if (error(); as e) {
        <p class="message" role="alert">{{ t('sso.errors.' + e) }}</p>
      }
    </ng-container>
  `,
})
export class SsoErrorNotice {
  protected readonly error = signal<SsoError | null>(null);

  constructor() {
    const error = ssoErrorOf(inject(ActivatedRoute).snapshot.queryParamMap.get('ssoError')) ?? null;
    afterNextRender(() => this.error.set(error));
  }
}

/**
 * "Sign in with your organisation": the person's address finds their organisation's identity provider (by its
 * domain), and the browser goes there to sign in; it comes back to /sign-in/sso. The address field opens on request.
 */
@Component({
  selector: 'app-sso-sign-in',
  imports: [FormsModule, TranslocoDirective, ...FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="sso" aria-labelledby="sso-title" *transloco="let t">
      <h2 id="sso-title">{{ t('sso.signIn.title') }}</h2>
      <p>{{ t('sso.signIn.lead') }}</p>
      <button
        type="button"
        class="button"
        aria-controls="sso-form"
        [attr.aria-expanded]="open()"
        (click)="toggle()"
      >
        {{ t('sso.signIn.open') }}
      </button>
      @if (open()) {
        <form id="sso-form" novalidate aria-labelledby="sso-title" (ngSubmit)="continue()">
          <app-form-field
            fieldId="sso-email"
            [label]="t('sso.signIn.email')"
            [error]="problem() && t('sso.signIn.' + problem())"
          >
            <input
              appFieldControl
              type="email"
              name="email"
              autocomplete="email"
              required
              [(ngModel)]="email"
            />
          </app-form-field>
          <div>
            <button type="submit" class="button" [disabled]="busy()">{{ t('sso.signIn.continue') }}</button>
          </div>
        </form>
      }
      <p class="announcement" role="status" aria-live="polite">
        @if (going(); as organization) {
          {{ t('sso.signIn.going', { organization }) }}
        }
      </p>
    </section>
  `,
})
export class SsoSignIn {
  private readonly api = inject(SsoApi);
  private readonly leave = inject(LEAVE_APP);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  /** Closed at first, so the page has one email field (the password sign-in's) until the person asks. */
  protected readonly open = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  /** The organisation whose provider the browser is on its way to. */
  protected readonly going = signal<string | null>(null);
  protected email = '';

  protected toggle(): void {
    this.open.set(!this.open());
    if (this.open()) {
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#sso-email')?.focus(), {
        injector: this.injector,
      });
    }
  }

  protected continue(): void {
    const email = this.email.trim();
    if (!EMAIL.test(email)) return this.problem.set('required');
    this.problem.set(null);
    this.busy.set(true);
    this.api.discover(email).subscribe({
      next: (found) => {
        this.going.set(found.organizationName);
        this.leave(ssoStartUrl(found.providerId, email));
      },
      error: (error: HttpErrorResponse) => {
        this.busy.set(false);
        this.problem.set(apiErrorCode(error) === 'NO_IDENTITY_PROVIDER' ? 'none' : 'failed');
      },
    });
  }
}
