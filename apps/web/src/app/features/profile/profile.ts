import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';

import { apiErrorCode } from '../../core/http/api-error';
import { Session } from '../../core/auth/session';
import { saveFile } from '../../core/files/save-file';
import { Language, LANGUAGES, LanguageService } from '../../core/i18n/language';
import { NewPasswordFields } from '../../shared/ui/new-password-fields';
import { MembershipStatus } from '../membership/membership-status';
import { ProfileApi } from './profile-api';
import { ProfileSessions } from './profile-sessions';

/** Status of one form: the message key under `profile.` that the live region reads out. */
type Status = 'idle' | 'busy' | 'saved' | 'required' | 'wrongPassword' | 'mismatch' | 'changed' | 'failed';

/** The two new-password fields must agree. */
export function samePasswords(group: AbstractControl): ValidationErrors | null {
  const { newPassword, repeat } = group.value as { newPassword: string; repeat: string };
  return newPassword === repeat ? null : { mismatch: true };
}

/**
 * The signed-in person's own page: name and language, password, the devices they are signed in on, and a download
 * of everything held about them.
 */
@Component({
  selector: 'app-profile',
  imports: [MembershipStatus, NewPasswordFields, ProfileSessions, ReactiveFormsModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page narrow" *transloco="let t">
      <h1>{{ t('profile.title') }}</h1>
      @if (session.user(); as user) {
        <dl class="facts">
          <dt>{{ t('signIn.email') }}</dt>
          <dd>{{ user.email }}</dd>
          <dt>{{ t('profile.organization') }}</dt>
          <dd>{{ organizationName() ?? t('profile.noOrganization') }}</dd>
          <dt>{{ t('profile.roles') }}</dt>
          <dd>
            @for (role of user.roles; track role; let last = $last) {
              {{ t('roles.' + role) }}{{ last ? '' : ', ' }}
            }
          </dd>
        </dl>
      }

      <h2 id="details-heading">{{ t('profile.details') }}</h2>
      <form [formGroup]="details" (ngSubmit)="saveDetails()" aria-labelledby="details-heading" novalidate>
        <label for="fullName">{{ t('register.fullName') }}</label>
        <input id="fullName" formControlName="fullName" autocomplete="name" required />
        <label for="locale">{{ t('profile.language') }}</label>
        <select id="locale" formControlName="locale" aria-describedby="locale-hint">
          @for (language of languages; track language) {
            <option [value]="language">{{ t('profile.languages.' + language) }}</option>
          }
        </select>
        <p id="locale-hint" class="note">{{ t('profile.languageHint') }}</p>
        <button class="button primary" type="submit" [disabled]="detailsStatus() === 'busy'">
          {{ t('profile.save') }}
        </button>
        <p class="message" role="status" aria-live="polite">
          @if (detailsStatus() !== 'idle' && detailsStatus() !== 'busy') {
            {{ t('profile.' + detailsStatus()) }}
          }
        </p>
      </form>

      <h2 id="password-heading">{{ t('profile.password') }}</h2>
      <form
        [formGroup]="password"
        (ngSubmit)="changePassword()"
        aria-labelledby="password-heading"
        novalidate
      >
        <label for="currentPassword">{{ t('profile.currentPassword') }}</label>
        <input
          id="currentPassword"
          type="password"
          formControlName="currentPassword"
          autocomplete="current-password"
          required
          [attr.aria-invalid]="passwordStatus() === 'wrongPassword'"
        />
        <app-new-password-fields control="newPassword" [mismatch]="passwordStatus() === 'mismatch'" />
        <button class="button" type="submit" [disabled]="passwordStatus() === 'busy'">
          {{ t('profile.changePassword') }}
        </button>
        <p class="message" role="status" aria-live="polite">
          @if (passwordStatus() !== 'idle' && passwordStatus() !== 'busy') {
            {{ t('profile.' + passwordStatus()) }}
          }
        </p>
      </form>

      <app-profile-sessions />

      <h2>{{ t('profile.yourData') }}</h2>
      <p>{{ t('profile.yourDataLead') }}</p>
      <button type="button" class="button" (click)="download()" [disabled]="downloadStatus() === 'busy'">
        {{ t('profile.download') }}
      </button>
      <p class="message" role="status" aria-live="polite">
        @if (downloadStatus() === 'failed') {
          {{ t('profile.failed') }}
        }
      </p>
      <app-membership-status />
    </section>
  `,
})
export class Profile {
  protected readonly session = inject(Session);
  private readonly api = inject(ProfileApi);
  private readonly sessionList = viewChild.required(ProfileSessions);
  private readonly language = inject(LanguageService);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly languages = LANGUAGES;
  protected readonly organizationName = signal<string | null>(null);
  protected readonly detailsStatus = signal<Status>('idle');
  protected readonly passwordStatus = signal<Status>('idle');
  protected readonly downloadStatus = signal<'idle' | 'busy' | 'failed'>('idle');

  protected readonly details = this.fb.group({
    fullName: [this.session.user()?.fullName ?? '', [Validators.required, Validators.minLength(2)]],
    locale: [(this.session.user()?.locale ?? 'fi') as Language],
  });
  protected readonly password = this.fb.group(
    {
      currentPassword: ['', Validators.required],
      newPassword: ['', [Validators.required, Validators.minLength(12)]],
      repeat: ['', Validators.required],
    },
    { validators: samePasswords },
  );

  private readonly organizationId = computed(() => this.session.user()?.organizationId ?? null);

  constructor() {
    // Followed, not read once: the membership status below may learn of an approval that came meanwhile.
    effect(() => {
      const organizationId = this.organizationId();
      if (organizationId) {
        this.api.organization(organizationId).subscribe({ next: (o) => this.organizationName.set(o.name) });
      }
    });
  }

  protected saveDetails(): void {
    if (this.details.invalid) return this.detailsStatus.set('required');
    this.detailsStatus.set('busy');
    const { fullName, locale } = this.details.getRawValue();
    this.api.update({ fullName, locale }).subscribe({
      next: (user) => {
        this.session.replaceUser(user);
        // The account's language is also the app's: emails and certificates follow what the person reads here.
        this.language.use(user.locale);
        this.detailsStatus.set('saved');
      },
      error: () => this.detailsStatus.set('failed'),
    });
  }

  protected changePassword(): void {
    const controls = this.password.controls;
    if (controls.currentPassword.invalid || controls.newPassword.invalid || controls.repeat.invalid) {
      return this.passwordStatus.set('required');
    }
    if (this.password.hasError('mismatch')) return this.passwordStatus.set('mismatch');
    this.passwordStatus.set('busy');
    const { currentPassword, newPassword } = this.password.getRawValue();
    this.api.changePassword({ currentPassword, newPassword }).subscribe({
      next: (session) => {
        this.session.start(session);
        this.sessionList().load();
        this.password.reset();
        this.passwordStatus.set('changed');
      },
      error: (error: HttpErrorResponse) =>
        this.passwordStatus.set(apiErrorCode(error) === 'WRONG_PASSWORD' ? 'wrongPassword' : 'failed'),
    });
  }

  protected download(): void {
    this.downloadStatus.set('busy');
    this.api.personalData().subscribe({
      next: (data) => {
        const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
        saveFile(blob, `keino-omat-tiedot-${data.exportedAt.slice(0, 10)}.json`);
        this.downloadStatus.set('idle');
      },
      error: () => this.downloadStatus.set('failed'),
    });
  }
}
