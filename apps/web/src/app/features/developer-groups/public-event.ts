import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { isValidBusinessId, type GroupEventAnswer } from '@keino/contracts';

import { apiErrorCode } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { FORM_FIELD } from '../../shared/ui/form-field';
import { DeveloperGroupsApi } from './developer-groups-api';

type Field = 'fullName' | 'company' | 'businessId' | 'email' | 'consent';

/**
 * The public page of an open market dialogue, without signing in: what the API tells anyone, and the registration
 * form for suppliers, with the privacy notice (what is kept, why, and that it is deleted a year after the event).
 */
@Component({
  selector: 'app-public-event',
  imports: [FormsModule, TranslocoDirective, LocalDatePipe, ...FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './developer-groups.css',
  template: `
    <section class="page narrow" *transloco="let t">
      @if (load() === 'loading') {
        <p role="status">{{ t('common.loading') }}</p>
      } @else if (load() === 'missing') {
        <h1>{{ t('developerGroups.public.missing') }}</h1>
        <p>{{ t('developerGroups.public.missingHint') }}</p>
      } @else if (load() === 'failed') {
        <p class="message" role="alert">{{ t('common.failed') }}</p>
      } @else if (event(); as e) {
        <p class="meta">{{ e.groupName }} · {{ t('developerGroups.events.kinds.' + e.kind) }}</p>
        <h1>{{ e.title }}</h1>
        <dl class="facts">
          <dt>{{ t('developerGroups.events.startsAt') }}</dt>
          <dd>
            {{ e.startsAt | localDate: 'd.M.yyyy HH:mm' }} ({{ t('developerGroups.public.finnishTime') }})
          </dd>
          @if (e.location) {
            <dt>{{ t('developerGroups.events.location') }}</dt>
            <dd>{{ e.location }}</dd>
          }
          @if (e.onlineUrl) {
            <dt>{{ t('developerGroups.events.online') }}</dt>
            <dd>
              <a [href]="e.onlineUrl" rel="noopener noreferrer">{{ e.onlineUrl }}</a>
            </dd>
          }
        </dl>
        @if (e.description) {
          <p class="text">{{ e.description }}</p>
        }

        @if (done()) {
          <h2 id="register-title">{{ t('developerGroups.public.thanksTitle') }}</h2>
          <p role="status">{{ t('developerGroups.public.thanks') }}</p>
        } @else {
          <h2 id="register-title">{{ t('developerGroups.public.register') }}</h2>
          <form novalidate aria-labelledby="register-title" (ngSubmit)="register()">
            <app-form-field
              fieldId="reg-name"
              [label]="t('developerGroups.public.fullName')"
              [error]="errorOf('fullName') && t('developerGroups.public.errors.' + errorOf('fullName'))"
            >
              <input
                appFieldControl
                name="fullName"
                type="text"
                autocomplete="name"
                maxlength="200"
                [(ngModel)]="fullName"
              />
            </app-form-field>
            <app-form-field
              fieldId="reg-company"
              [label]="t('developerGroups.public.company')"
              [error]="errorOf('company') && t('developerGroups.public.errors.' + errorOf('company'))"
            >
              <input
                appFieldControl
                name="company"
                type="text"
                autocomplete="organization"
                maxlength="200"
                [(ngModel)]="company"
              />
            </app-form-field>
            <app-form-field
              fieldId="reg-business-id"
              [label]="t('developerGroups.public.businessId')"
              [hint]="t('developerGroups.public.businessIdHint')"
              [error]="errorOf('businessId') && t('developerGroups.public.errors.' + errorOf('businessId'))"
            >
              <input
                appFieldControl
                name="businessId"
                type="text"
                inputmode="numeric"
                maxlength="9"
                [(ngModel)]="businessId"
              />
            </app-form-field>
            <app-form-field
              fieldId="reg-email"
              [label]="t('developerGroups.public.email')"
              [error]="errorOf('email') && t('developerGroups.public.errors.' + errorOf('email'))"
            >
              <input
                appFieldControl
                name="email"
                type="email"
                autocomplete="email"
                maxlength="254"
                [(ngModel)]="email"
              />
            </app-form-field>
            <section class="card" aria-labelledby="privacy-title">
              <h3 id="privacy-title">{{ t('developerGroups.public.privacyTitle') }}</h3>
              <p id="privacy-text">{{ t('developerGroups.public.privacy') }}</p>
            </section>
            <p>
              <input
                id="reg-consent"
                name="consent"
                type="checkbox"
                aria-describedby="privacy-text"
                [attr.aria-invalid]="errorOf('consent') ? true : null"
                [(ngModel)]="consent"
              />
              <label for="reg-consent">{{ t('developerGroups.public.consent') }}</label>
            </p>
            @if (errorOf('consent')) {
              <p class="message" role="alert">{{ t('developerGroups.public.errors.consent') }}</p>
            }
            <div>
              <button type="submit" class="button primary" [disabled]="busy()">
                {{ t('developerGroups.public.send') }}
              </button>
            </div>
            @if (failure(); as f) {
              <p class="message" role="alert">{{ t('developerGroups.public.failures.' + f) }}</p>
            }
          </form>
        }
      }
    </section>
  `,
})
export class PublicEvent implements OnInit {
  /** The route's `:id`. */
  readonly id = input.required<string>();
  private readonly api = inject(DeveloperGroupsApi);
  private readonly language = inject(LanguageService);
  protected readonly load = signal<'loading' | 'ready' | 'missing' | 'failed'>('loading');
  protected readonly event = signal<GroupEventAnswer | null>(null);
  protected readonly errors = signal<Partial<Record<Field, string>>>({});
  protected readonly failure = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected fullName = '';
  protected company = '';
  protected businessId = '';
  protected email = '';
  protected consent = false;

  ngOnInit(): void {
    this.api.event(this.id()).subscribe({
      next: (e) => {
        this.event.set(e);
        this.load.set('ready');
      },
      // A meeting, a closed dialogue or none at all: 401 without signing in, 404 otherwise.
      error: (err: HttpErrorResponse) =>
        this.load.set([401, 404].includes(err.status) ? 'missing' : 'failed'),
    });
  }

  protected errorOf(field: Field): string | undefined {
    return this.errors()[field];
  }

  protected register(): void {
    const errors: Partial<Record<Field, string>> = {};
    if (!this.fullName.trim()) errors.fullName = 'required';
    if (!this.company.trim()) errors.company = 'required';
    if (!isValidBusinessId(this.businessId.trim())) errors.businessId = 'businessId';
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(this.email.trim())) errors.email = 'email';
    if (!this.consent) errors.consent = 'consent';
    this.errors.set(errors);
    this.failure.set(null);
    const first = Object.keys(errors)[0];
    if (first) {
      document.querySelector<HTMLElement>(`[name=${first}]`)?.focus();
      return;
    }
    this.busy.set(true);
    this.api
      .register(this.id(), {
        fullName: this.fullName.trim(),
        company: this.company.trim(),
        businessId: this.businessId.trim(),
        email: this.email.trim(),
        consent: true,
        locale: this.language.current(),
      })
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.done.set(true);
        },
        error: (err: unknown) => {
          this.busy.set(false);
          const code = apiErrorCode(err);
          this.failure.set(
            code === 'ALREADY_REGISTERED'
              ? 'duplicate'
              : code === 'TOO_MANY_REQUESTS'
                ? 'tooMany'
                : code === 'NOT_FOUND'
                  ? 'closed'
                  : 'failed',
          );
        },
      });
  }
}
