import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

import { apiErrorCode } from '../../core/http/api-error';
import { Session } from '../../core/auth/session';
import { AuthApi } from './auth-api';
import { SignInNotice } from './sign-in-notice';
import { SsoErrorNotice, SsoSignIn } from './sso-sign-in';

type Status = 'idle' | 'busy' | 'required' | 'invalid' | 'throttled' | 'failed';

@Component({
  selector: 'app-sign-in',
  imports: [ReactiveFormsModule, RouterLink, SignInNotice, SsoErrorNotice, SsoSignIn, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page narrow" *transloco="let t">
      <h1>{{ t('signIn.title') }}</h1>
      <app-sign-in-notice />
      <app-sso-error />
      <form [formGroup]="form" (ngSubmit)="signIn()" novalidate>
        <label for="email">{{ t('signIn.email') }}</label>
        <input id="email" type="email" formControlName="email" autocomplete="username" required />
        <label for="password">{{ t('signIn.password') }}</label>
        <input
          id="password"
          type="password"
          formControlName="password"
          autocomplete="current-password"
          required
        />
        <button class="button primary" type="submit" [disabled]="status() === 'busy'">
          {{ t('signIn.submit') }}
        </button>
      </form>
      <p class="message" role="alert" aria-live="assertive">
        @if (status() !== 'idle' && status() !== 'busy') {
          {{ t('signIn.' + status()) }}
        }
      </p>
      <p>
        <a routerLink="/forgot-password">{{ t('membership.forgot.link') }}</a>
      </p>
      <app-sso-sign-in />
      <p>
        {{ t('signIn.noAccount') }} <a routerLink="/register">{{ t('register.title') }}</a>
      </p>
    </section>
  `,
})
export class SignIn {
  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly session = inject(Session);
  /** Where a guard sent the user from; only paths of this app are followed. */
  readonly returnUrl = input<string>();
  protected readonly status = signal<Status>('idle');
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });

  protected signIn(): void {
    if (this.form.invalid) {
      this.status.set('required');
      return;
    }
    this.status.set('busy');
    this.api.login(this.form.getRawValue()).subscribe({
      next: (session) => {
        this.session.start(session);
        this.status.set('idle');
        const back = this.returnUrl();
        void this.router.navigateByUrl(
          back && back.startsWith('/') && !back.startsWith('//') ? back : '/learning',
        );
      },
      error: (error: HttpErrorResponse) => this.status.set(statusOf(error)),
    });
  }
}

function statusOf(error: HttpErrorResponse): Status {
  const code = apiErrorCode(error);
  if (code === 'INVALID_CREDENTIALS') return 'invalid';
  if (code === 'TOO_MANY_REQUESTS') return 'throttled';
  return 'failed';
}
