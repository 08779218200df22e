import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { OrganizationResponse } from '@keino/contracts';
import { switchMap } from 'rxjs';

import { apiErrorCode } from '../../core/http/api-error';
import { Session } from '../../core/auth/session';
import { LanguageService } from '../../core/i18n/language';
import { AuthApi } from './auth-api';

type Status = 'idle' | 'busy' | 'required' | 'taken' | 'failed';

/** Sign-up: name, email, a password of at least 12 characters and the home organisation; then signed in. */
@Component({
  selector: 'app-register',
  imports: [ReactiveFormsModule, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page narrow" *transloco="let t">
      <h1>{{ t('register.title') }}</h1>
      <form [formGroup]="form" (ngSubmit)="register()" novalidate>
        <label for="fullName">{{ t('register.fullName') }}</label>
        <input id="fullName" formControlName="fullName" autocomplete="name" required />
        <label for="email">{{ t('signIn.email') }}</label>
        <input id="email" type="email" formControlName="email" autocomplete="email" required />
        <label for="password">{{ t('signIn.password') }}</label>
        <input
          id="password"
          type="password"
          formControlName="password"
          autocomplete="new-password"
          minlength="12"
          aria-describedby="password-hint"
          required
        />
        <p id="password-hint" class="note">{{ t('register.passwordHint') }}</p>
        <label for="organization">{{ t('register.organization') }}</label>
        <select id="organization" formControlName="organizationId">
          <option value="">{{ t('register.noOrganization') }}</option>
          @for (o of organizations(); track o.id) {
            <option [value]="o.id">{{ o.name }} ({{ o.regionName }})</option>
          }
        </select>
        <button class="button primary" type="submit" [disabled]="status() === 'busy'">
          {{ t('register.submit') }}
        </button>
      </form>
      <p class="message" role="alert" aria-live="assertive">
        @if (status() !== 'idle' && status() !== 'busy') {
          {{ t('register.' + status()) }}
        }
      </p>
      <p>
        {{ t('register.haveAccount') }} <a routerLink="/sign-in">{{ t('app.signIn') }}</a>
      </p>
    </section>
  `,
})
export class Register {
  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly session = inject(Session);
  private readonly language = inject(LanguageService);
  protected readonly status = signal<Status>('idle');
  protected readonly organizations = signal<OrganizationResponse[]>([]);
  protected readonly form = inject(NonNullableFormBuilder).group({
    fullName: ['', [Validators.required, Validators.minLength(2)]],
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required, Validators.minLength(12)]],
    organizationId: [''],
  });

  constructor() {
    this.api.organizations().subscribe({ next: (list) => this.organizations.set(list.items) });
  }

  protected register(): void {
    if (this.form.invalid) {
      this.status.set('required');
      return;
    }
    this.status.set('busy');
    const { fullName, email, password, organizationId } = this.form.getRawValue();
    this.api
      .register({
        fullName,
        email,
        password,
        locale: this.language.current(),
        ...(organizationId ? { organizationId } : {}),
      })
      .pipe(switchMap(() => this.api.login({ email, password })))
      .subscribe({
        next: (session) => {
          this.session.start(session);
          this.status.set('idle');
          void this.router.navigateByUrl('/catalogue');
        },
        error: (error: HttpErrorResponse) =>
          this.status.set(apiErrorCode(error) === 'EMAIL_TAKEN' ? 'taken' : 'failed'),
      });
  }
}
