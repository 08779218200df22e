import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  OnInit,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { InvitationLookupResponse, OrganizationResponse, UserResponse } from '@keino/contracts';
import { switchMap, tap } from 'rxjs';

import { apiErrorCode } from '../../core/http/api-error';
import { Session } from '../../core/auth/session';
import { LanguageService } from '../../core/i18n/language';
import { MembershipApi } from '../membership/membership-api';
import { AuthApi } from './auth-api';

type Status = 'idle' | 'busy' | 'required' | 'taken' | 'invalidInvitation' | 'failed';

/** What the new account's first answer says comes next (texts under `membership.registered.`). */
export interface NextSteps {
  email: string;
  /** A member at once (through an invitation). */
  joined: string | null;
  /** The chosen organisation's coordinator decides the membership request. */
  pending: string | null;
  /** The address's domain is the chosen organisation's: verifying it makes them a member. */
  onVerify: string | null;
}

/** The next steps of a new account, from its answer and the organisation chosen (by name). */
export function nextSteps(
  user: UserResponse,
  chosen: string | null,
  nameOf: (id: string) => string,
): NextSteps {
  return {
    email: user.email,
    joined: user.organizationId ? nameOf(user.organizationId) : null,
    pending: user.pendingOrganizationId ? nameOf(user.pendingOrganizationId) : null,
    onVerify: !user.organizationId && !user.pendingOrganizationId && chosen ? nameOf(chosen) : null,
  };
}

/**
 * Sign-up: name, email, a password of at least 12 characters and, optionally, the home organisation; then signed
 * in, and told what happens next (the verification email, and the membership that waits for the organisation).
 * With `?invitation=` the invited address is filled in and the account joins the inviting organisation at once.
 */
@Component({
  selector: 'app-register',
  imports: [ReactiveFormsModule, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page narrow" *transloco="let t">
      @if (next(); as n) {
        <h1 id="registered" tabindex="-1">{{ t('membership.registered.title') }}</h1>
        <ul>
          @if (n.joined) {
            <li>{{ t('membership.registered.joined', { name: n.joined }) }}</li>
          } @else {
            <li>{{ t('membership.registered.verify', { email: n.email }) }}</li>
          }
          @if (n.pending) {
            <li>{{ t('membership.registered.pending', { name: n.pending }) }}</li>
          }
          @if (n.onVerify) {
            <li>{{ t('membership.registered.onVerify', { name: n.onVerify }) }}</li>
          }
        </ul>
        <p>
          <a class="button primary" routerLink="/catalogue">{{ t('membership.registered.continue') }}</a>
        </p>
      } @else {
        <h1>{{ t('register.title') }}</h1>
        @if (invited(); as i) {
          <p class="lead">{{ t('membership.registered.invited', { name: i.organizationName }) }}</p>
        }
        <form [formGroup]="form" (ngSubmit)="register()" novalidate>
          <label for="fullName">{{ t('register.fullName') }}</label>
          <input id="fullName" formControlName="fullName" autocomplete="name" required />
          <label for="email">{{ t('signIn.email') }}</label>
          <input
            id="email"
            type="email"
            formControlName="email"
            autocomplete="email"
            required
            [readOnly]="!!invited()"
            [attr.aria-describedby]="invited() ? 'email-hint' : null"
          />
          @if (invited()) {
            <p id="email-hint" class="note">{{ t('membership.registered.invitedEmail') }}</p>
          }
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
          @if (!invited()) {
            <label for="organization">{{ t('register.organization') }}</label>
            <select id="organization" formControlName="organizationId" aria-describedby="organization-hint">
              <option value="">{{ t('register.noOrganization') }}</option>
              @for (o of organizations(); track o.id) {
                <option [value]="o.id">{{ o.name }} ({{ o.regionName }})</option>
              }
            </select>
            <p id="organization-hint" class="note">{{ t('membership.registered.organizationHint') }}</p>
          }
          <button class="button primary" type="submit" [disabled]="status() === 'busy'">
            {{ t('register.submit') }}
          </button>
        </form>
        <p class="message" role="alert" aria-live="assertive">
          @if (status() === 'invalidInvitation') {
            {{ t('membership.registered.invalidInvitation') }}
          } @else if (status() !== 'idle' && status() !== 'busy') {
            {{ t('register.' + status()) }}
          }
        </p>
        <p>
          {{ t('register.haveAccount') }} <a routerLink="/sign-in">{{ t('app.signIn') }}</a>
        </p>
      }
    </section>
  `,
})
export class Register implements OnInit {
  private readonly api = inject(AuthApi);
  private readonly membership = inject(MembershipApi);
  private readonly session = inject(Session);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  /** An invitation's token (`?invitation=`), from the invitation email's page. */
  readonly invitation = input<string>();
  protected readonly status = signal<Status>('idle');
  protected readonly organizations = signal<OrganizationResponse[]>([]);
  protected readonly invited = signal<InvitationLookupResponse | null>(null);
  protected readonly next = signal<NextSteps | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    fullName: ['', [Validators.required, Validators.minLength(2)]],
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required, Validators.minLength(12)]],
    organizationId: [''],
  });

  constructor() {
    this.api.organizations().subscribe({ next: (list) => this.organizations.set(list.items) });
  }

  ngOnInit(): void {
    const token = this.invitation();
    if (!token) return;
    this.membership.lookupInvitation(token).subscribe({
      next: (invitation) => {
        this.invited.set(invitation);
        this.form.patchValue({ email: invitation.email, organizationId: '' });
      },
      error: () => this.status.set('invalidInvitation'),
    });
  }

  protected register(): void {
    if (this.form.invalid) {
      this.status.set('required');
      return;
    }
    this.status.set('busy');
    const { fullName, email, password, organizationId } = this.form.getRawValue();
    const invited = this.invited();
    const token = this.invitation();
    const chosen = invited ? null : organizationId || null;
    this.api
      .register({
        fullName,
        email,
        password,
        locale: this.language.current(),
        ...(chosen ? { organizationId: chosen } : {}),
        ...(invited && token ? { invitationToken: token } : {}),
      })
      .pipe(
        switchMap(() => this.api.login({ email, password })),
        tap((session) => this.session.start(session)),
      )
      .subscribe({
        next: (session) => {
          this.status.set('idle');
          this.next.set(nextSteps(session.user, chosen, (id) => this.nameOf(id)));
          // The form is gone: the focus goes to what replaced it.
          afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#registered')?.focus(), {
            injector: this.injector,
          });
        },
        error: (error: HttpErrorResponse) =>
          this.status.set(apiErrorCode(error) === 'EMAIL_TAKEN' ? 'taken' : 'failed'),
      });
  }

  private nameOf(id: string): string {
    const invited = this.invited();
    if (invited?.organizationId === id) return invited.organizationName;
    return this.organizations().find((o) => o.id === id)?.name ?? '';
  }
}
