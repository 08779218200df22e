import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CohortReportResponse, CohortResponse, ProgrammeOverviewResponse } from '@keino/contracts';
import { forkJoin, map, of, switchMap } from 'rxjs';

import { regionTable } from '../../shared/chart/chart-data';
import { ChartFigure } from '../../shared/chart/chart-figure';
import { injectTranslate } from '../../shared/chart/chart-translate';
import { AdminApi } from '../admin/admin-api';
import { TeachingApi } from '../teaching/teaching-api';
import { LocalPercentPipe } from '../../core/i18n/locale-pipes';
import { ListState } from '../../shared/ui/list-state';

interface CohortInRegion {
  cohort: CohortResponse;
  report: CohortReportResponse;
}

/**
 * For a change agent: their regions' totals over every cohort with a chart by region, then the cohorts where
 * organisations of their regions take part, and how far they are.
 */
@Component({
  selector: 'app-region',
  imports: [ListState, ChartFigure, LocalPercentPipe, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('region.title') }}</h1>
      <p class="lead">{{ t('region.lead') }}</p>
      <p>
        <a routerLink="/impact">{{ t('assessment.links.region') }}</a>
      </p>
      @if (overview(); as o) {
        @if (o.totals.enrolled > 0) {
          <section aria-labelledby="region-totals">
            <h2 id="region-totals">{{ t('overview.regionTotals') }}</h2>
            <dl class="facts">
              <dt>{{ t('overview.cohorts') }}</dt>
              <dd>{{ o.totals.cohorts }}</dd>
              <dt>{{ t('overview.participants') }}</dt>
              <dd>{{ o.totals.enrolled }}</dd>
              <dt>{{ t('overview.completed') }}</dt>
              <dd>{{ o.totals.completed }} ({{ o.totals.completionRate | localPercent: 1 }})</dd>
              <dt>{{ t('admin.average') }}</dt>
              <dd>{{ o.totals.averagePercent / 100 | localPercent: 1 }}</dd>
            </dl>
            <app-chart [label]="t('overview.byRegion')" [table]="regions()!" />
          </section>
        }
      } @else if (overviewLoad() === 'failed') {
        <p class="message" role="alert">{{ t('charts.failed') }}</p>
      }
      <app-list-state [status]="load()" [empty]="cohorts().length === 0" [emptyText]="t('region.empty')">
        <ng-template>
          @for (item of cohorts(); track item.cohort.id) {
            <section class="module" [attr.aria-labelledby]="'cohort-' + item.cohort.id">
              <h2 [id]="'cohort-' + item.cohort.id">{{ item.cohort.name }}</h2>
              <p class="meta">
                {{ item.cohort.courseTitle }} ·
                {{
                  t('region.summary', { enrolled: item.report.enrolled, completed: item.report.completed })
                }}
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
                        {{ o.averagePercent / 100 | localPercent: 1 }}
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </section>
          }
        </ng-template>
      </app-list-state>
    </section>
  `,
})
export class Region {
  private readonly teaching = inject(TeachingApi);
  private readonly admin = inject(AdminApi);
  protected readonly load = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly cohorts = signal<CohortInRegion[]>([]);
  protected readonly overview = signal<ProgrammeOverviewResponse | null>(null);
  protected readonly overviewLoad = signal<'loading' | 'ready' | 'failed'>('loading');
  private readonly translate = injectTranslate();
  protected readonly regions = computed(() => {
    const o = this.overview();
    return o && regionTable(o, this.translate());
  });

  constructor() {
    // The API narrows the overview to the agent's regions.
    this.admin.programme().subscribe({
      next: (overview) => {
        this.overview.set(overview);
        this.overviewLoad.set('ready');
      },
      error: () => this.overviewLoad.set('failed'),
    });
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
