import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import type { IdentityProviderResponse } from '@keino/contracts';

import { apiErrorCode } from '../../core/http/api-error';
import { FORM_FIELD } from '../../shared/ui/form-field';
import { ListState, type ListStatus } from '../../shared/ui/list-state';
import {
  emptyProviderForm,
  MAX_PROVIDER_DOMAINS,
  type ProviderErrors,
  type ProviderForm,
  providerFormOf,
  serverProviderErrors,
  toCreateRequest,
  toUpdateRequest,
  validateProvider,
} from './identity-provider-form';
import { IdentityProvidersApi } from './identity-providers-api';

type Announcement = { key: 'added' | 'saved' | 'removed' | 'switchedOn' | 'switchedOff'; issuer: string };

/**
 * An organisation's OpenID Connect providers, for admins: the people of their email domains sign in through them.
 * Add one (its discovery document must answer), change it, switch it off and on, remove it. The client secret goes
 * in and never comes back.
 */
@Component({
  selector: 'app-identity-providers',
  imports: [FormsModule, ListState, TranslocoDirective, ...FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin-pages.css',
  template: `
    <ng-container *transloco="let t">
      <h2 id="identity-providers-title">{{ t('sso.admin.title') }}</h2>
      <p>{{ t('sso.admin.lead') }}</p>
      <p>
        {{ t('sso.admin.redirectUri') }} <code>{{ redirectUri }}</code>
      </p>
      <app-list-state
        [status]="status()"
        [empty]="providers().length === 0"
        [emptyText]="t('sso.admin.empty')"
        [retryable]="true"
        (retry)="load(organizationId())"
      >
        <ng-template>
          <ul class="rows" aria-labelledby="identity-providers-title">
            @for (p of providers(); track p.id) {
              <li>
                <div class="row-head">
                  <strong>{{ p.issuer }}</strong>
                  <span>{{ t(p.enabled ? 'sso.admin.on' : 'sso.admin.off') }}</span>
                </div>
                <p class="meta">
                  {{ t('sso.admin.clientId') }} {{ p.clientId }} · {{ t('sso.admin.emailDomains') }}
                  {{ p.emailDomains.join(', ') || '–' }}
                </p>
                <div class="actions">
                  <button
                    type="button"
                    class="button small"
                    [attr.aria-label]="t('sso.admin.edit') + ': ' + p.issuer"
                    (click)="edit(p)"
                  >
                    {{ t('sso.admin.edit') }}
                  </button>
                  <button
                    type="button"
                    class="button small"
                    [disabled]="busy()"
                    [attr.aria-label]="
                      t(p.enabled ? 'sso.admin.switchOff' : 'sso.admin.switchOn') + ': ' + p.issuer
                    "
                    (click)="toggle(p)"
                  >
                    {{ t(p.enabled ? 'sso.admin.switchOff' : 'sso.admin.switchOn') }}
                  </button>
                  <button
                    type="button"
                    class="button small danger"
                    [attr.aria-expanded]="confirming() === p.id"
                    [attr.aria-label]="t('sso.admin.remove') + ': ' + p.issuer"
                    (click)="confirming.set(confirming() === p.id ? null : p.id)"
                  >
                    {{ t('sso.admin.remove') }}
                  </button>
                </div>
                @if (confirming() === p.id) {
                  <div class="edit" role="group" [attr.aria-label]="t('sso.admin.remove') + ': ' + p.issuer">
                    <p>{{ t('sso.admin.removeWarning') }}</p>
                    <button type="button" class="button danger" [disabled]="busy()" (click)="remove(p)">
                      {{ t('sso.admin.removeConfirm') }}
                    </button>
                  </div>
                }
              </li>
            }
          </ul>
        </ng-template>
      </app-list-state>

      <h3 id="identity-provider-form-title" tabindex="-1">
        {{ t(editing() ? 'sso.admin.editTitle' : 'sso.admin.new') }}
      </h3>
      <form class="narrow" novalidate aria-labelledby="identity-provider-form-title" (ngSubmit)="save()">
        @let e = errors();
        <app-form-field
          fieldId="idp-issuer"
          [label]="t('sso.admin.issuer')"
          [hint]="t('sso.admin.issuerHint')"
          [error]="e.issuer && t('sso.admin.errors.' + e.issuer)"
        >
          <input
            appFieldControl
            name="issuer"
            type="url"
            autocomplete="off"
            required
            [(ngModel)]="form.issuer"
          />
        </app-form-field>
        <app-form-field
          fieldId="idp-client-id"
          [label]="t('sso.admin.clientId')"
          [error]="e.clientId && t('sso.admin.errors.' + e.clientId)"
        >
          <input appFieldControl name="clientId" autocomplete="off" required [(ngModel)]="form.clientId" />
        </app-form-field>
        <app-form-field
          fieldId="idp-client-secret"
          [label]="t('sso.admin.clientSecret')"
          [hint]="t(editing() ? 'sso.admin.clientSecretKeep' : 'sso.admin.clientSecretHint')"
          [error]="e.clientSecret && t('sso.admin.errors.' + e.clientSecret)"
        >
          <input
            appFieldControl
            name="clientSecret"
            type="password"
            autocomplete="new-password"
            [required]="!editing()"
            [(ngModel)]="form.clientSecret"
          />
        </app-form-field>
        <app-form-field
          fieldId="idp-domains"
          [label]="t('sso.admin.emailDomains')"
          [hint]="t('sso.admin.emailDomainsHint', { max: maxDomains })"
          [error]="e.emailDomains && t('sso.admin.errors.' + e.emailDomains, { max: maxDomains })"
        >
          <textarea
            appFieldControl
            name="emailDomains"
            rows="3"
            spellcheck="false"
            [(ngModel)]="form.emailDomains"
          ></textarea>
        </app-form-field>
        <div class="choice">
          <input id="idp-enabled" type="checkbox" name="enabled" [(ngModel)]="form.enabled" />
          <label for="idp-enabled">{{ t('sso.admin.enabled') }}</label>
        </div>
        <div>
          <button type="submit" class="button primary" [disabled]="busy()">
            {{ t(editing() ? 'sso.admin.save' : 'sso.admin.add') }}
          </button>
          @if (editing()) {
            <button type="button" class="button" (click)="reset()">{{ t('sso.admin.cancel') }}</button>
          }
        </div>
      </form>
      <p class="message" role="alert">
        @if (errors().form; as f) {
          {{ t('sso.admin.errors.' + f) }}
        }
      </p>
      <p class="announcement" role="status" aria-live="polite">
        @if (announcement(); as a) {
          {{ t('sso.admin.' + a.key, { issuer: a.issuer }) }}
        }
      </p>
    </ng-container>
  `,
})
export class IdentityProviders {
  private readonly api = inject(IdentityProvidersApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  readonly organizationId = input.required<string>();
  /** What to register at the provider as the redirect URI: this app's address (PUBLIC_URL) and the callback. */
  protected readonly redirectUri = `${inject(DOCUMENT).location.origin}/api/auth/sso/callback`;
  protected readonly maxDomains = MAX_PROVIDER_DOMAINS;
  protected readonly status = signal<ListStatus>('loading');
  protected readonly providers = signal<IdentityProviderResponse[]>([]);
  protected readonly editing = signal<IdentityProviderResponse | null>(null);
  protected readonly confirming = signal<string | null>(null);
  protected readonly errors = signal<ProviderErrors>({});
  protected readonly busy = signal(false);
  protected readonly announcement = signal<Announcement | null>(null);
  protected form: ProviderForm = emptyProviderForm();

  constructor() {
    effect(() => this.load(this.organizationId()));
  }

  protected load(organizationId: string): void {
    this.status.set('loading');
    this.api.list(organizationId).subscribe({
      next: (list) => {
        this.providers.set(list.items);
        this.status.set('ready');
      },
      error: () => this.status.set('failed'),
    });
  }

  protected edit(p: IdentityProviderResponse): void {
    this.editing.set(p);
    this.form = providerFormOf(p);
    this.errors.set({});
    this.focus('#identity-provider-form-title');
  }

  protected reset(): void {
    this.editing.set(null);
    this.form = emptyProviderForm();
    this.errors.set({});
  }

  protected save(): void {
    const editing = this.editing();
    const errors = validateProvider(this.form, !editing);
    this.errors.set(errors);
    this.announcement.set(null);
    if (Object.keys(errors).length > 0) return this.focus('[aria-invalid="true"]');
    this.busy.set(true);
    const request = editing
      ? this.api.update(editing.id, toUpdateRequest(this.form))
      : this.api.create(this.organizationId(), toCreateRequest(this.form));
    request.subscribe({
      next: (saved) => {
        this.busy.set(false);
        this.providers.update((all) =>
          editing ? all.map((p) => (p.id === saved.id ? saved : p)) : [...all, saved],
        );
        this.status.set('ready');
        this.announcement.set({ key: editing ? 'saved' : 'added', issuer: saved.issuer });
        this.reset();
      },
      error: (error: HttpErrorResponse) => {
        this.busy.set(false);
        this.errors.set(serverProviderErrors(apiErrorCode(error)));
        this.focus('[aria-invalid="true"]');
      },
    });
  }

  protected toggle(p: IdentityProviderResponse): void {
    this.busy.set(true);
    this.api.update(p.id, { enabled: !p.enabled }).subscribe({
      next: (saved) => {
        this.busy.set(false);
        this.providers.update((all) => all.map((x) => (x.id === saved.id ? saved : x)));
        this.announcement.set({ key: saved.enabled ? 'switchedOn' : 'switchedOff', issuer: saved.issuer });
      },
      error: () => {
        this.busy.set(false);
        this.errors.set({ form: 'failed' });
      },
    });
  }

  protected remove(p: IdentityProviderResponse): void {
    this.busy.set(true);
    this.api.remove(p.id).subscribe({
      next: () => {
        this.busy.set(false);
        this.confirming.set(null);
        this.providers.update((all) => all.filter((x) => x.id !== p.id));
        if (this.editing()?.id === p.id) this.reset();
        this.announcement.set({ key: 'removed', issuer: p.issuer });
      },
      error: () => {
        this.busy.set(false);
        this.errors.set({ form: 'failed' });
      },
    });
  }

  private focus(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
