import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { MAX_EMAIL_DOMAINS } from '@keino/contracts';

import { apiErrorCode } from '../../core/http/api-error';
import { FORM_FIELD } from '../../shared/ui/form-field';
import { ListState, type ListStatus } from '../../shared/ui/list-state';
import { MembershipApi } from './membership-api';

// A host name: labels of letters, digits and inner hyphens, at least two of them.
const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** The domains typed one per line (or separated by commas or spaces): lower-cased, without "@", each once. */
export function parseDomains(text: string): { domains: string[]; invalid: string[] } {
  const words = text
    .split(/[\s,;]+/)
    .map((w) => w.trim().toLowerCase().replace(/^@/, ''))
    .filter(Boolean);
  const domains = [...new Set(words)];
  return { domains, invalid: domains.filter((d) => !HOST.test(d)) };
}

type DomainError = 'invalid' | 'tooMany' | 'taken' | 'failed';

/**
 * The organisation's verified email domains: a person whose address in one of them is proved by the emailed link
 * joins the organisation. Admins edit them; the organisation's coordinators see them.
 */
@Component({
  selector: 'app-email-domains',
  imports: [FormsModule, ListState, TranslocoDirective, ...FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2 id="email-domains-title">{{ t('membership.domains.title') }}</h2>
      <p>{{ t('membership.domains.lead') }}</p>
      <app-list-state
        [status]="status()"
        [empty]="!editable() && domains().length === 0"
        [emptyText]="t('membership.domains.empty')"
        [retryable]="true"
        (retry)="load(organizationId())"
      >
        <ng-template>
          @if (editable()) {
            <form class="narrow" novalidate aria-labelledby="email-domains-title" (ngSubmit)="save()">
              <app-form-field
                fieldId="email-domains"
                [label]="t('membership.domains.label')"
                [hint]="t('membership.domains.hint', { max: max })"
                [error]="
                  error() && t('membership.domains.errors.' + error(), { domains: invalid(), max: max })
                "
              >
                <textarea
                  appFieldControl
                  name="domains"
                  rows="4"
                  [(ngModel)]="text"
                  spellcheck="false"
                ></textarea>
              </app-form-field>
              <div>
                <button type="submit" class="button primary" [disabled]="busy()">
                  {{ t('membership.domains.save') }}
                </button>
              </div>
            </form>
            <p class="announcement" role="status" aria-live="polite">
              @if (saved()) {
                {{ t('membership.domains.saved', { count: domains().length }) }}
              }
            </p>
          } @else {
            <ul aria-labelledby="email-domains-title">
              @for (d of domains(); track d) {
                <li>{{ d }}</li>
              }
            </ul>
          }
        </ng-template>
      </app-list-state>
    </ng-container>
  `,
})
export class EmailDomains {
  private readonly api = inject(MembershipApi);
  readonly organizationId = input.required<string>();
  /** Admins edit the list; coordinators only read it. */
  readonly editable = input(false);
  protected readonly max = MAX_EMAIL_DOMAINS;
  protected readonly status = signal<ListStatus>('loading');
  protected readonly domains = signal<string[]>([]);
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly error = signal<DomainError | null>(null);
  protected readonly invalid = signal('');
  protected text = '';

  constructor() {
    effect(() => this.load(this.organizationId()));
  }

  protected load(organizationId: string): void {
    this.status.set('loading');
    this.api.emailDomains(organizationId).subscribe({
      next: (list) => this.show(list.items.map((d) => d.domain)),
      error: () => this.status.set('failed'),
    });
  }

  protected save(): void {
    this.saved.set(false);
    const { domains, invalid } = parseDomains(this.text);
    this.invalid.set(invalid.join(', '));
    if (invalid.length) return this.error.set('invalid');
    if (domains.length > MAX_EMAIL_DOMAINS) return this.error.set('tooMany');
    this.error.set(null);
    this.busy.set(true);
    this.api.saveEmailDomains(this.organizationId(), domains).subscribe({
      next: (list) => {
        this.busy.set(false);
        this.show(list.items.map((d) => d.domain));
        this.saved.set(true);
      },
      error: (error: HttpErrorResponse) => {
        this.busy.set(false);
        this.error.set(apiErrorCode(error) === 'DOMAIN_TAKEN' ? 'taken' : 'failed');
      },
    });
  }

  private show(domains: string[]): void {
    this.domains.set(domains);
    this.text = domains.join('\n');
    this.status.set('ready');
  }
}
