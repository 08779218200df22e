import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CohortReportResponse, CohortResponse } from '@keino/contracts';
import { forkJoin, map, of, switchMap } from 'rxjs';

import { AdminApi } from '../admin/admin-api';
import { TeachingApi } from '../teaching/teaching-api';

interface CohortInRegion {
  cohort: CohortResponse;
  report: CohortReportResponse;
}

/** For a change agent: the cohorts where organisations of their regions take part, and how far they are. */
@Component({
  selector: 'app-region',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('region.title') }}</h1>
      <p class="lead">{{ t('region.lead') }}</p>
      @if (load() === 'loading') {
        <p role="status">{{ t('common.loading') }}</p>
      } @else if (load() === 'failed') {
        <p class="message" role="alert">{{ t('common.failed') }}</p>
      } @else if (cohorts().length === 0) {
        <p>{{ t('region.empty') }}</p>
      } @else {
        @for (item of cohorts(); track item.cohort.id) {
          <section class="module" [attr.aria-labelledby]="'cohort-' + item.cohort.id">
            <h2 [id]="'cohort-' + item.cohort.id">{{ item.cohort.name }}</h2>
            <p class="meta">
              {{ item.cohort.courseTitle }} ·
              {{ t('region.summary', { enrolled: item.report.enrolled, completed: item.report.completed }) }}
            </p>
            <table class="bars">
              <caption class="visually-hidden">
                {{
                  t('region.organizations', { name: item.cohort.name })
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ t('admin.organization') }}</th>
                  <th scope="col">{{ t('admin.participants') }}</th>
                  <th scope="col">{{ t('admin.average') }}</th>
                </tr>
              </thead>
              <tbody>
                @for (o of item.report.organizations; track o.organizationId) {
                  <tr>
                    <th scope="row">{{ o.name }}</th>
                    <td>{{ o.participants }}</td>
                    <td>
                      <span class="meter" aria-hidden="true"
                        ><span [style.width.%]="o.averagePercent"></span
                      ></span>
                      {{ o.averagePercent }} %
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </section>
        }
      }
    </section>
  `,
})
export class Region {
  private readonly teaching = inject(TeachingApi);
  private readonly admin = inject(AdminApi);
  protected readonly load = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly cohorts = signal<CohortInRegion[]>([]);

  constructor() {
    this.teaching
      .myCohorts()
      .pipe(
        switchMap((list) =>
          list.items.length === 0
            ? of([])
            : forkJoin(
                list.items.map((cohort) =>
                  this.admin.report(cohort.id).pipe(map((report) => ({ cohort, report }))),
                ),
              ),
        ),
      )
      .subscribe({
        next: (items) => {
          this.cohorts.set(items.filter((i) => i.report.enrolled > 0));
          this.load.set('ready');
        },
        error: () => this.load.set('failed'),
      });
  }
}
