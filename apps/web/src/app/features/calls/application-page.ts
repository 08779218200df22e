import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { ApplicationResponse, CallResponse } from '@keino/contracts';

import { Session } from '../../core/auth/session';
import { LanguageService } from '../../core/i18n/language';
import { ApplicationForm } from './application-form';
import { ApplicationReview } from './application-review';
import { finnishDateTime } from './call-format';
import { CallsApi } from './calls-api';

/**
 * An application: its organisation's people edit the draft; once submitted everyone who may see it reads it, the
 * call's reviewers score it and admins decide. Applicants never see scores nor reviewers (the API leaves them out).
 */
@Component({
  selector: 'app-application-page',
  imports: [ApplicationForm, ApplicationReview, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" *transloco="let t">
      @if (failed()) {
        <p class="message" role="alert">{{ t('calls.errors.applicationNotFound') }}</p>
      } @else if (view(); as v) {
        <p>
          <a [routerLink]="['/calls', v.call.id]">← {{ v.call.title }}</a>
        </p>
        <h1>{{ t('calls.applicationOf', { name: v.application.organization.name }) }}</h1>
        <dl class="facts">
          <dt>{{ t('calls.status') }}</dt>
          <dd>{{ t('calls.applicationStatuses.' + v.application.status) }}</dd>
          @if (v.application.submittedAt) {
            <dt>{{ t('calls.submittedAt') }}</dt>
            <dd>{{ time(v.application.submittedAt) }}</dd>
          }
          <dt>{{ t('calls.closesAt') }}</dt>
          <dd>{{ time(v.call.closesAt) }}</dd>
        </dl>
        @if (v.application.decisionMessage) {
          <p class="note">{{ t('calls.decisionMessage') }}: {{ v.application.decisionMessage }}</p>
        }
        @if (editable()) {
          <app-application-form [application]="v.application" (submitted)="load()" />
        } @else {
          <h2>{{ t('calls.fields.developmentTask') }}</h2>
          <div class="content" [innerHTML]="v.application.developmentTask"></div>
          <h2>{{ t('calls.fields.motivation') }}</h2>
          <p>{{ v.application.motivation }}</p>
          <h2>{{ t('calls.form.sponsor') }}</h2>
          <p>
            {{ v.application.sponsor.fullName }}, {{ v.application.sponsor.title }} ({{
              v.application.sponsor.email
            }})
          </p>
          <h2>{{ t('calls.form.team') }}</h2>
          <ul>
            @for (m of v.application.team; track $index) {
              <li>{{ m.fullName }} ({{ t('calls.roles.' + m.role) }}), {{ m.email }}</li>
            }
          </ul>
          <app-application-review [application]="v.application" [call]="v.call" (changed)="load()" />
        }
      } @else {
        <p class="note">{{ t('calls.loading') }}</p>
      }
    </section>
  `,
})
export class ApplicationPage implements OnInit {
  readonly id = input.required<string>();
  private readonly api = inject(CallsApi);
  private readonly session = inject(Session);
  private readonly language = inject(LanguageService);
  protected readonly view = signal<{ application: ApplicationResponse; call: CallResponse } | null>(null);
  protected readonly failed = signal(false);
  /** The draft of the caller's own organisation. */
  protected readonly editable = computed(() => {
    const v = this.view();
    return (
      !!v &&
      v.application.status === 'draft' &&
      v.application.organizationId === this.session.user()?.organizationId
    );
  });

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.api.application(this.id()).subscribe({
      next: (application) =>
        this.api.get(application.callId).subscribe({
          next: (call) => this.view.set({ application, call }),
          error: () => this.failed.set(true),
        }),
      error: () => this.failed.set(true),
    });
  }

  protected time(iso: string): string {
    return finnishDateTime(iso, this.language.current());
  }
}
