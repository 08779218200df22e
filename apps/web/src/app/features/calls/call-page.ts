import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CallResponse } from '@keino/contracts';

import { Session } from '../../core/auth/session';
import { apiErrorCode } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language';
import { CallApplications } from './call-applications';
import { finnishDateTime } from './call-format';
import { CallsApi } from './calls-api';

/**
 * One call: its dates in Finnish time and its criteria; an organisation's people start or continue their application,
 * the reviewers, change agents and admins see the applications (admins also rank and decide).
 */
@Component({
  selector: 'app-call-page',
  imports: [CallApplications, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" *transloco="let t">
      <p>
        <a routerLink="/calls">← {{ t('calls.title') }}</a>
      </p>
      @if (failed()) {
        <p class="message" role="alert">{{ t('calls.errors.loadFailed') }}</p>
      } @else if (call(); as c) {
        <h1>{{ c.title }}</h1>
        <dl class="facts">
          <dt>{{ t('calls.cohort') }}</dt>
          <dd>{{ c.cohortName }}</dd>
          <dt>{{ t('calls.opensAt') }}</dt>
          <dd>{{ time(c.opensAt) }}</dd>
          <dt>{{ t('calls.closesAt') }}</dt>
          <dd>{{ time(c.closesAt) }}</dd>
          <dt>{{ t('calls.status') }}</dt>
          <dd>{{ t('calls.statuses.' + c.status) }}</dd>
          <dt>{{ t('calls.maxOrganizations') }}</dt>
          <dd>{{ c.accepted }} / {{ c.maxOrganizations }}</dd>
        </dl>
        <h2>{{ t('calls.criteria') }}</h2>
        <ul>
          @for (k of c.criteria; track k.key) {
            <li>{{ k.title }} ({{ t('calls.weight', { weight: k.weight }) }})</li>
          }
        </ul>
        @if (c.myApplicationId) {
          <a class="button primary" [routerLink]="['/calls/applications', c.myApplicationId]">{{
            t('calls.open.continue')
          }}</a>
        } @else if (canApply() && c.status === 'open') {
          <button type="button" class="button primary" [disabled]="busy()" (click)="startApplication()">
            {{ t('calls.apply') }}
          </button>
        }
        <p class="message" role="alert">
          @if (error(); as e) {
            {{ t('errorCodes.' + e) }}
          }
        </p>
        @if (seesApplications()) {
          <app-call-applications [call]="c" (changed)="reload()" />
        }
      } @else {
        <p class="note">{{ t('calls.loading') }}</p>
      }
    </section>
  `,
})
export class CallPage implements OnInit {
  readonly id = input.required<string>();
  private readonly api = inject(CallsApi);
  private readonly router = inject(Router);
  private readonly session = inject(Session);
  private readonly language = inject(LanguageService);
  protected readonly call = signal<CallResponse | null>(null);
  protected readonly failed = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  /** Participants and coordinators of a (proved) organisation apply for it. */
  protected readonly canApply = computed(
    () => !!this.session.user()?.organizationId && this.session.hasRole('participant', 'coordinator'),
  );
  protected readonly seesApplications = computed(() => {
    const c = this.call();
    return !!c && (c.isReviewer || this.session.hasRole('admin', 'change_agent'));
  });

  ngOnInit(): void {
    this.reload();
  }

  reload(): void {
    this.api.get(this.id()).subscribe({
      next: (c) => this.call.set(c),
      error: () => this.failed.set(true),
    });
  }

  protected time(iso: string): string {
    return finnishDateTime(iso, this.language.current());
  }

  protected startApplication(): void {
    this.busy.set(true);
    this.error.set(null);
    this.api.apply(this.id()).subscribe({
      next: (a) => void this.router.navigate(['/calls/applications', a.id]),
      error: (err: HttpErrorResponse) => {
        this.busy.set(false);
        this.error.set(apiErrorCode(err) ?? 'INTERNAL');
      },
    });
  }
}
