import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CertificateResponse, MyEnrollmentResponse, MyOverviewResponse } from '@keino/contracts';

import { saveFile } from '../../core/files/save-file';

import { LearningApi } from './learning-api';
import { Session } from '../../core/auth/session';
import { MyGroup } from '../groups/my-group';
import { LearningOverview } from './learning-overview';
import { WithdrawButton } from './withdraw-button';
import { ListState } from '../../shared/ui/list-state';
import { LocalDatePipe, LocalPercentPipe } from '../../core/i18n/locale-pipes';

type Load = 'loading' | 'ready' | 'failed';

/** My learning: every cohort the participant takes part in, how far they are, and what is still waiting. */
@Component({
  selector: 'app-my-learning',
  imports: [
    ListState,
    LearningOverview,
    LocalDatePipe,
    MyGroup,
    LocalPercentPipe,
    RouterLink,
    TranslocoDirective,
    WithdrawButton,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('learning.title') }}</h1>
      <p class="announcement" role="status" aria-live="polite">
        @if (announcement(); as a) {
          {{ t(a.key, { name: a.name }) }}
        }
      </p>
      <app-list-state [status]="overviewLoad()" [failedText]="t('dashboard.failed')">
        <ng-template>
          @if (overview()?.cohorts?.length) {
            <app-learning-overview [overview]="overview()" />
            <app-my-group [cohorts]="overview()!.cohorts" [organizationId]="organizationId" />
          }
        </ng-template>
      </app-list-state>
      <app-list-state [status]="load()">
        <ng-template>
          @if (current().length === 0 && waiting().length === 0 && past().length === 0) {
            <p>{{ t('learning.empty') }}</p>
            <a class="button primary" routerLink="/catalogue">{{ t('learning.findCohort') }}</a>
          }
          @if (current().length) {
            <h2>{{ t('learning.current') }}</h2>
            <ul class="cards">
              @for (e of current(); track e.id) {
                <li class="card">
                  <h3>
                    <a [routerLink]="['/learning', e.id]">{{ e.cohort.courseTitle }}</a>
                  </h3>
                  <p class="meta">
                    {{ e.cohort.name }} · {{ e.cohort.startsOn | localDate }}–{{
                      e.cohort.endsOn | localDate
                    }}
                  </p>
                  <div class="progress">
                    <progress
                      max="100"
                      [value]="e.percent"
                      [attr.aria-label]="t('learning.progressOf', { name: e.cohort.name })"
                    ></progress>
                    <span>{{ t('learning.percent', { percent: (e.percent / 100 | localPercent: 1) }) }}</span>
                  </div>
                  <app-withdraw-button
                    [enrollmentId]="e.id"
                    [name]="e.cohort.name"
                    [active]="true"
                    (done)="withdrawn($event, e.cohort.name)"
                  />
                </li>
              }
            </ul>
          }
          @if (waiting().length) {
            <h2>{{ t('learning.waiting') }}</h2>
            <ul class="cards">
              @for (e of waiting(); track e.id) {
                <li class="card">
                  <h3>{{ e.cohort.courseTitle }}</h3>
                  <p class="meta">{{ e.cohort.name }} · {{ e.cohort.startsOn | localDate }}</p>
                  <p class="badge">{{ t('status.' + e.status) }}</p>
                  <p>
                    <a [routerLink]="['/catalogue', e.cohortId]">{{ t('dashboard.cohortPage') }}</a>
                  </p>
                  <app-withdraw-button
                    [enrollmentId]="e.id"
                    [name]="e.cohort.name"
                    (done)="withdrawn($event, e.cohort.name)"
                  />
                </li>
              }
            </ul>
          }
          @if (past().length) {
            <h2>{{ t('learning.past') }}</h2>
            <ul class="cards">
              @for (e of past(); track e.id) {
                <li class="card">
                  <h3>
                    <a [routerLink]="['/learning', e.id]">{{ e.cohort.courseTitle }}</a>
                  </h3>
                  <p class="meta">{{ e.cohort.name }}</p>
                  <p class="badge">{{ t('status.' + e.status) }}</p>
                  @if (certificateOf(e.id); as c) {
                    <div class="actions">
                      <button
                        type="button"
                        class="button"
                        [attr.aria-label]="t('certificates.downloadFor', { name: e.cohort.name })"
                        (click)="downloadCertificate(c.code)"
                      >
                        {{ t('certificates.download') }}
                      </button>
                      <a [routerLink]="['/certificates', c.code]">{{ t('certificates.verificationPage') }}</a>
                    </div>
                    <p class="note">
                      {{ t('certificates.code') }}: <span class="code">{{ c.code }}</span>
                    </p>
                  }
                </li>
              }
            </ul>
          }
          <p class="message" role="status" aria-live="polite">
            @if (downloadFailed()) {
              {{ t('certificates.downloadFailed') }}
            }
          </p>
        </ng-template>
      </app-list-state>
    </section>
  `,
})
export class MyLearning {
  private readonly api = inject(LearningApi);
  protected readonly organizationId = inject(Session).user()?.organizationId ?? null;
  protected readonly load = signal<Load>('loading');
  private readonly enrollments = signal<MyEnrollmentResponse[]>([]);
  protected readonly current = computed(() => this.enrollments().filter((e) => e.status === 'active'));
  protected readonly waiting = computed(() =>
    this.enrollments().filter((e) => e.status === 'pending' || e.status === 'waitlisted'),
  );
  protected readonly past = computed(() =>
    this.enrollments().filter((e) => e.status === 'completed' || e.status === 'withdrawn'),
  );

  private readonly certificates = signal<CertificateResponse[]>([]);
  protected readonly downloadFailed = signal(false);

  protected certificateOf(enrollmentId: string): CertificateResponse | undefined {
    return this.certificates().find((c) => c.enrollmentId === enrollmentId);
  }

  protected downloadCertificate(code: string): void {
    this.downloadFailed.set(false);
    this.api.certificatePdf(code).subscribe({
      next: (pdf) => saveFile(pdf, `keino-${code}.pdf`),
      error: () => this.downloadFailed.set(true),
    });
  }

  protected readonly overviewLoad = signal<Load>('loading');
  protected readonly overview = signal<MyOverviewResponse | null>(null);
  protected readonly announcement = signal<{ key: string; name: string } | null>(null);

  constructor() {
    // Certificates only add to the finished cards; the page works without them.
    this.api.certificates().subscribe({ next: (list) => this.certificates.set(list) });
    this.refresh();
  }

  protected withdrawn(result: 'withdrawn' | 'failed', name: string): void {
    this.announcement.set({
      key: result === 'withdrawn' ? 'dashboard.withdraw.done' : 'dashboard.withdraw.failed',
      name,
    });
    if (result === 'withdrawn') this.refresh();
  }

  /** The enrolments and the overview, loaded again after a withdrawal changed both. */
  private refresh(): void {
    this.api.overview().subscribe({
      next: (overview) => {
        this.overview.set(overview);
        this.overviewLoad.set('ready');
      },
      error: () => this.overviewLoad.set('failed'),
    });
    this.api.myEnrollments().subscribe({
      next: (list) => {
        this.enrollments.set(list.items);
        this.load.set('ready');
      },
      error: () => this.load.set('failed'),
    });
  }
}
