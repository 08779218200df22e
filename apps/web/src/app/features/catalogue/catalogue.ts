import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CohortResponse, EnrollmentStatus } from '@keino/contracts';

import { apiErrorCode } from '../../core/http/api-error';
import { enrolErrorKey } from '../learning/enrolment-rules';
import { LearningApi } from '../learning/learning-api';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { OpenCalls } from '../calls/open-calls';
import { pagedList } from '../../shared/pager/paged-list';
import { PagedListView } from '../../shared/pager/paged-list-view';

const PAGE = 10;

/** Cohorts open for enrolment: dates, seats left, whether approval is needed; enrol with one click. */
@Component({
  selector: 'app-catalogue',
  imports: [OpenCalls, PagedListView, LocalDatePipe, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('catalogue.title') }}</h1>
      <p class="lead">{{ t('catalogue.lead') }}</p>
      <app-open-calls [showCohort]="false" />
      <p class="announcement" role="status" aria-live="polite">
        @if (announcement(); as a) {
          {{ t(a.key, { name: a.name }) }}
        }
      </p>
      <app-paged-list [list]="list" [emptyText]="t('catalogue.empty')">
        <ng-template>
          <ul class="cards">
            @for (c of list.items(); track c.id) {
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
        </ng-template>
      </app-paged-list>
    </section>
  `,
})
export class Catalogue {
  private readonly api = inject(LearningApi);
  protected readonly busy = signal<string | null>(null);
  protected readonly announcement = signal<{ key: string; name: string } | null>(null);
  protected readonly list = pagedList({
    pageSize: PAGE,
    filter: null,
    load: (_, offset, limit) => this.api.openCohorts(offset, limit),
  });

  constructor() {
    this.list.show(0);
  }

  protected enrol(cohort: CohortResponse): void {
    this.busy.set(cohort.id);
    this.api.enrol(cohort.id).subscribe({
      next: (enrollment) => {
        this.busy.set(null);
        this.announcement.set({ key: enrolledKey(enrollment.status), name: cohort.name });
        this.list.reload();
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
