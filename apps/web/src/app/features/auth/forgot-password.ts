import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

import { apiErrorCode } from '../../core/http/api-error';
import { AccountApi } from './account-api';

type Status = 'idle' | 'busy' | 'required' | 'sent' | 'throttled' | 'failed';

/**
 * Asks for a password reset link. The answer is the same whether or not the address has an account, so the page
 * never tells which addresses exist.
 */
@Component({
  selector: 'app-forgot-password',
  imports: [ReactiveFormsModule, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page narrow" *transloco="let t">
      <h1>{{ t('membership.forgot.title') }}</h1>
      <p>{{ t('membership.forgot.lead') }}</p>
      <form [formGroup]="form" (ngSubmit)="send()" novalidate>
        <label for="email">{{ t('signIn.email') }}</label>
        <input
          id="email"
          type="email"
          formControlName="email"
          autocomplete="email"
          required
          [attr.aria-invalid]="status() === 'required'"
        />
        <button class="button primary" type="submit" [disabled]="status() === 'busy'">
          {{ t('membership.forgot.submit') }}
        </button>
      </form>
      <p
        role="status"
        aria-live="polite"
        [class.announcement]="status() === 'sent'"
        [class.message]="status() !== 'sent'"
      >
        @if (status() === 'sent') {
          {{ t('membership.forgot.sent', { email: sentTo() }) }}
        } @else if (status() !== 'idle' && status() !== 'busy') {
          {{ t('membership.forgot.' + status()) }}
        }
      </p>
      <p>
        <a routerLink="/sign-in">{{ t('membership.forgot.backToSignIn') }}</a>
      </p>
    </section>
  `,
})
export class ForgotPassword {
  private readonly api = inject(AccountApi);
  protected readonly status = signal<Status>('idle');
  protected readonly sentTo = signal('');
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });

  protected send(): void {
    if (this.form.invalid) return this.status.set('required');
    this.status.set('busy');
    const email = this.form.getRawValue().email.trim();
    this.api.requestPasswordReset(email).subscribe({
      next: () => {
        this.sentTo.set(email);
        this.status.set('sent');
      },
      error: (error: HttpErrorResponse) =>
        this.status.set(apiErrorCode(error) === 'TOO_MANY_REQUESTS' ? 'throttled' : 'failed'),
    });
  }
}
