import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CohortDetailResponse, MyEnrollmentResponse } from '@keino/contracts';
import { forkJoin } from 'rxjs';

import { apiErrorCode } from '../../core/http/api-error';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { enrolErrorKey, enrolmentIn, seatsLeft, withdrawable } from '../learning/enrolment-rules';
import { LearningApi } from '../learning/learning-api';
import { WithdrawButton } from '../learning/withdraw-button';
import { enrolledKey } from './catalogue';

/** One cohort: what the course holds and when, seats and approval; enrol, or see one's status and withdraw. */
@Component({
  selector: 'app-cohort-page',
  imports: [LocalDatePipe, RouterLink, TranslocoDirective, WithdrawButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" *transloco="let t">
      <p>
        <a routerLink="/catalogue">{{ t('cohortPage.back') }}</a>
      </p>
      @switch (load()) {
        @case ('loading') {
          <h1>{{ t('cohortPage.title') }}</h1>
          <p role="status">{{ t('common.loading') }}</p>
        }
        @case ('failed') {
          <h1>{{ t('cohortPage.title') }}</h1>
          <p class="message" role="alert">{{ t('cohortPage.notFound') }}</p>
        }
        @default {
          @if (cohort(); as c) {
            <h1>{{ c.courseTitle }}</h1>
            <p class="lead">{{ c.name }}</p>
            @if (c.courseSummary) {
              <p class="content">{{ c.courseSummary }}</p>
            }
            <div class="summary">
              <dl class="facts">
                <dt>{{ t('catalogue.dates') }}</dt>
                <dd>{{ c.startsOn | localDate: 'd.M.yyyy' }}–{{ c.endsOn | localDate: 'd.M.yyyy' }}</dd>
                <dt>{{ t('catalogue.seatsLeft') }}</dt>
                <dd>{{ seats() }} / {{ c.capacity }}</dd>
                @if (c.enrollmentClosesAt) {
                  <dt>{{ t('catalogue.closes') }}</dt>
                  <dd>{{ c.enrollmentClosesAt | localDate: 'd.M.yyyy' }}</dd>
                }
                <dt>{{ t('cohortPage.approval') }}</dt>
                <dd>{{ t(c.approvalRequired ? 'cohortPage.approvalYes' : 'cohortPage.approvalNo') }}</dd>
              </dl>
              @if (mine(); as e) {
                <p>
                  {{ t('cohortPage.yourStatus') }}: <span class="badge">{{ t('status.' + e.status) }}</span>
                </p>
                @if (e.status === 'active' || e.status === 'completed') {
                  <a class="button primary" [routerLink]="['/learning', e.id]">{{
                    t('cohortPage.openPlayer')
                  }}</a>
                }
                @if (mayWithdraw()) {
                  <app-withdraw-button
                    [enrollmentId]="e.id"
                    [name]="c.name"
                    [active]="e.status === 'active'"
                    (done)="withdrawn($event)"
                  />
                }
              } @else if (c.enrollmentOpen) {
                <!-- Approval is among the facts above; a full cohort still takes enrolments, to the waitlist. -->
                @if (!c.approvalRequired && seats() === 0) {
                  <p class="note">{{ t('cohortPage.full') }}</p>
                }
                <button type="button" class="button primary" [disabled]="busy()" (click)="enrol(c)">
                  {{ t('catalogue.enrol') }}
                </button>
              } @else {
                <p class="note">{{ t('cohortPage.closed') }}</p>
              }
              <p class="announcement" role="status" aria-live="polite">
                @if (announcement(); as a) {
                  {{ t(a, { name: c.name }) }}
                }
              </p>
            </div>

            <h2>{{ t('cohortPage.modules') }}</h2>
            @for (m of c.modules; track m.id; let i = $index) {
              <section class="module" [attr.aria-labelledby]="'module-' + m.id">
                <h3 [id]="'module-' + m.id">{{ i + 1 }}. {{ m.title }}</h3>
                <p class="meta">
                  @if (m.releasesOn) {
                    {{ t('cohortPage.opensOn', { date: (m.releasesOn | localDate: 'd.M.yyyy') }) }}
                  } @else {
                    {{ t('cohortPage.opensAtStart') }}
                  }
                </p>
                @if (m.summary) {
                  <p>{{ m.summary }}</p>
                }
                <ul>
                  @for (a of m.activities; track a.id) {
                    <li>
                      {{ a.title }}
                      <span class="meta">
                        ({{ t('kind.' + a.kind) }},
                        {{ t(a.required ? 'player.required' : 'player.optional') }})
                      </span>
                    </li>
                  }
                </ul>
              </section>
            }

            <h2>{{ t('cohortPage.workshops') }}</h2>
            @if (workshops().length === 0) {
              <p>{{ t('cohortPage.noWorkshops') }}</p>
            } @else {
              <ul class="cards">
                @for (w of workshops(); track w.id) {
                  <li class="card">
                    <h3>{{ w.title }}</h3>
                    <dl class="facts">
                      <dt>{{ t('cohortPage.when') }}</dt>
                      <dd>{{ w.startsAt | localDate: 'd.M.yyyy HH:mm' }}</dd>
                      <dt>{{ t('cohortPage.where') }}</dt>
                      <dd>{{ w.location ?? t('cohortPage.placeLater') }}</dd>
                    </dl>
                  </li>
                }
              </ul>
            }
          }
        }
      }
    </section>
  `,
})
export class CohortPage implements OnInit {
  private readonly api = inject(LearningApi);
  /** From the route (component input binding). */
  readonly cohortId = input.required<string>();
  protected readonly load = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly cohort = signal<CohortDetailResponse | null>(null);
  private readonly enrollments = signal<MyEnrollmentResponse[]>([]);
  protected readonly mine = computed(() => enrolmentIn(this.enrollments(), this.cohortId()));
  protected readonly mayWithdraw = computed(() => {
    const e = this.mine();
    return !!e && withdrawable(e.status);
  });
  protected readonly seats = computed(() => {
    const c = this.cohort();
    return c ? seatsLeft(c) : 0;
  });
  protected readonly workshops = computed(() =>
    (this.cohort()?.modules ?? [])
      .flatMap((m) => m.activities)
      .filter((a) => a.kind === 'workshop' && a.startsAt)
      .sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? '')),
  );
  protected readonly busy = signal(false);
  protected readonly announcement = signal<string | null>(null);

  ngOnInit(): void {
    this.refresh();
  }

  private refresh(): void {
    forkJoin([this.api.cohort(this.cohortId()), this.api.myEnrollments()]).subscribe({
      next: ([cohort, mine]) => {
        this.cohort.set(cohort);
        this.enrollments.set(mine.items);
        this.load.set('ready');
      },
      error: () => this.load.set('failed'),
    });
  }

  protected enrol(cohort: CohortDetailResponse): void {
    this.busy.set(true);
    this.api.enrol(cohort.id).subscribe({
      next: (enrollment) => {
        this.busy.set(false);
        this.announcement.set(enrolledKey(enrollment.status));
        this.refresh();
      },
      error: (error: HttpErrorResponse) => {
        this.busy.set(false);
        this.announcement.set(enrolErrorKey(apiErrorCode(error)));
      },
    });
  }

  protected withdrawn(result: 'withdrawn' | 'failed'): void {
    this.announcement.set(result === 'withdrawn' ? 'dashboard.withdraw.done' : 'dashboard.withdraw.failed');
    if (result === 'withdrawn') this.refresh();
  }
}
