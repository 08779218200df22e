import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CohortResponse, EnrollmentStatus } from '@keino/contracts';

import { apiErrorCode } from '../../core/http/api-error';
import { enrolErrorKey } from '../learning/enrolment-rules';
import { LearningApi } from '../learning/learning-api';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { Pager } from '../../shared/pager/pager';
import { ListState } from '../../shared/ui/list-state';
import { latestRequest } from '../../shared/pager/latest-request';

const PAGE = 10;

/** Cohorts open for enrolment: dates, seats left, whether approval is needed; enrol with one click. */
@Component({
  selector: 'app-catalogue',
  imports: [ListState, Pager, LocalDatePipe, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('catalogue.title') }}</h1>
      <p class="lead">{{ t('catalogue.lead') }}</p>
      <p class="announcement" role="status" aria-live="polite">
        @if (announcement(); as a) {
          {{ t(a.key, { name: a.name }) }}
        }
      </p>
      <app-list-state [status]="load()" [empty]="cohorts().length === 0" [emptyText]="t('catalogue.empty')">
        <ng-template>
          <ul class="cards">
            @for (c of cohorts(); track c.id) {
              <li class="card">
                <h2>{{ c.courseTitle }}</h2>
                <p class="meta">
                  <a [routerLink]="['/catalogue', c.id]">{{ c.name }}</a>
                </p>
                <dl class="facts">
                  <dt>{{ t('catalogue.dates') }}</dt>
                  <dd>{{ c.startsOn | localDate: 'd.M.yyyy' }}–{{ c.endsOn | localDate: 'd.M.yyyy' }}</dd>
                  <dt>{{ t('catalogue.seatsLeft') }}</dt>
                  <dd>{{ c.capacity - c.seatsTaken }} / {{ c.capacity }}</dd>
                  @if (c.enrollmentClosesAt) {
                    <dt>{{ t('catalogue.closes') }}</dt>
                    <dd>{{ c.enrollmentClosesAt | localDate: 'd.M.yyyy' }}</dd>
                  }
                </dl>
                @if (c.approvalRequired) {
                  <p class="note">{{ t('catalogue.approval') }}</p>
                }
                <button
                  type="button"
                  class="button primary"
                  [disabled]="busy() === c.id"
                  [attr.aria-describedby]="'cohort-' + c.id"
                  (click)="enrol(c)"
                >
                  {{ t('catalogue.enrol') }}
                </button>
                <span class="visually-hidden" [id]="'cohort-' + c.id">{{ c.name }}</span>
              </li>
            }
          </ul>
          <app-pager [offset]="offset()" [limit]="PAGE" [total]="total()" (page)="show($event)" />
        </ng-template>
      </app-list-state>
    </section>
  `,
})
export class Catalogue {
  private readonly api = inject(LearningApi);
  protected readonly PAGE = PAGE;
  protected readonly load = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly cohorts = signal<CohortResponse[]>([]);
  protected readonly total = signal(0);
  protected readonly offset = signal(0);
  protected readonly busy = signal<string | null>(null);
  protected readonly announcement = signal<{ key: string; name: string } | null>(null);

  // The newest request wins: a slower answer to an earlier page or filter is dropped.
  private readonly fetch = latestRequest((offset: number) => this.api.openCohorts(offset, PAGE), {
    next: (list) => {
      this.cohorts.set(list.items);
      this.total.set(list.total);
      this.load.set('ready');
    },
    error: () => this.load.set('failed'),
  });

  constructor() {
    this.show(0);
  }

  protected show(offset: number): void {
    this.offset.set(offset);
    this.load.set('loading');
    this.fetch(offset);
  }

  protected enrol(cohort: CohortResponse): void {
    this.busy.set(cohort.id);
    this.api.enrol(cohort.id).subscribe({
      next: (enrollment) => {
        this.busy.set(null);
        this.announcement.set({ key: enrolledKey(enrollment.status), name: cohort.name });
        this.show(this.offset());
      },
      error: (error: HttpErrorResponse) => {
        this.busy.set(null);
        const code = apiErrorCode(error);
        this.announcement.set({ key: enrolErrorKey(code), name: cohort.name });
      },
    });
  }
}

export function enrolledKey(status: EnrollmentStatus): string {
  return `catalogue.enrolled.${status}`;
}
