import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

import { Session } from '../../core/auth/session';
import { apiErrorCode } from '../../core/http/api-error';
import { NewPasswordFields } from '../../shared/ui/new-password-fields';
import { AccountApi } from './account-api';

type Status = 'idle' | 'busy' | 'required' | 'mismatch' | 'invalid' | 'failed';

/**
 * Where the emailed reset link leads (`/reset-password?token=`): a new password, twice. Every session of the
 * person ends on the server, so this tab forgets its own too and goes to sign-in, which says what happened.
 */
@Component({
  selector: 'app-reset-password',
  imports: [NewPasswordFields, ReactiveFormsModule, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page narrow" *transloco="let t">
      <h1>{{ t('membership.reset.title') }}</h1>
      @if (!token()) {
        <p class="message" role="alert">{{ t('membership.reset.invalid') }}</p>
      } @else {
        <form [formGroup]="form" (ngSubmit)="reset()" novalidate>
          <app-new-password-fields control="password" [mismatch]="status() === 'mismatch'" />
          <button class="button primary" type="submit" [disabled]="status() === 'busy'">
            {{ t('membership.reset.submit') }}
          </button>
        </form>
        <p class="message" role="alert" aria-live="assertive">
          @if (status() !== 'idle' && status() !== 'busy') {
            {{ t('membership.reset.' + status()) }}
          }
        </p>
      }
      @if (!token() || status() === 'invalid') {
        <p>
          <a routerLink="/forgot-password">{{ t('membership.reset.newLink') }}</a>
        </p>
      }
    </section>
  `,
})
export class ResetPassword {
  private readonly api = inject(AccountApi);
  private readonly router = inject(Router);
  private readonly session = inject(Session);
  /** The link's single-use token (`?token=`). */
  readonly token = input<string>();
  protected readonly status = signal<Status>('idle');
  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', [Validators.required, Validators.minLength(12)]],
    repeat: ['', Validators.required],
  });

  protected reset(): void {
    const token = this.token();
    const { password, repeat } = this.form.getRawValue();
    if (!token) return this.status.set('invalid');
    if (this.form.invalid) return this.status.set('required');
    if (password !== repeat) return this.status.set('mismatch');
    this.status.set('busy');
    this.api.confirmPasswordReset(token, password).subscribe({
      next: () => {
        this.session.end();
        void this.router.navigate(['/sign-in'], { queryParams: { notice: 'passwordReset' } });
      },
      error: (error: HttpErrorResponse) =>
        this.status.set(apiErrorCode(error) === 'INVALID_LINK' ? 'invalid' : 'failed'),
    });
  }
}
