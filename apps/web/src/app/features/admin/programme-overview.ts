import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { ProgrammeOverviewResponse } from '@keino/contracts';

import { saveFile } from '../../core/files/save-file';
import { regionTable } from '../../shared/chart/chart-data';
import { ChartFigure } from '../../shared/chart/chart-figure';
import { injectTranslate } from '../../shared/chart/chart-translate';
import { AdminApi } from './admin-api';
import { LocalDatePipe, LocalPercentPipe } from '../../core/i18n/locale-pipes';
import { Pager } from '../../shared/pager/pager';
import { ListState } from '../../shared/ui/list-state';

const PAGE = 20;

/** The programme across cohorts: totals, participants and completions by region, and every cohort's completion. */
@Component({
  selector: 'app-programme-overview',
  imports: [ListState, Pager, ChartFigure, LocalDatePipe, LocalPercentPipe, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .cohorts {
      max-width: 56rem;
    }
    .cohort-cell a {
      font-weight: 600;
    }
    .cohort-cell .meta {
      display: block;
      margin: 0;
      font-weight: 400;
    }
    td {
      font-variant-numeric: tabular-nums;
    }
    /* Four columns of long Finnish words fit a 360 px phone: headings may break anywhere, figures and names not. */
    @media (max-width: 30rem) {
      th,
      td {
        padding-left: 0.3rem;
        padding-right: 0.3rem;
      }
      th[scope='col'] {
        hyphens: auto;
        overflow-wrap: anywhere;
      }
    }
  `,
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('overview.title') }}</h1>
      <p class="lead">{{ t('overview.lead') }}</p>
      <app-list-state [status]="load()">
        <ng-template>
          @if (overview(); as o) {
            <dl class="facts">
              <dt>{{ t('overview.cohorts') }}</dt>
              <dd>{{ o.totals.cohorts }}</dd>
              <dt>{{ t('overview.participants') }}</dt>
              <dd>{{ o.totals.enrolled }}</dd>
              <dt>{{ t('overview.active') }}</dt>
              <dd>{{ o.totals.active }}</dd>
              <dt>{{ t('overview.completed') }}</dt>
              <dd>{{ o.totals.completed }} ({{ o.totals.completionRate | localPercent: 1 }})</dd>
              <dt>{{ t('admin.average') }}</dt>
              <dd>{{ o.totals.averagePercent / 100 | localPercent: 1 }}</dd>
            </dl>
            <div class="exports">
              <button type="button" class="button" (click)="download()">{{ t('admin.exportCsv') }}</button>
            </div>
            <p class="announcement" role="status" aria-live="polite">
              {{ announcement() ? t(announcement()!) : '' }}
            </p>
            <h2>{{ t('overview.byRegion') }}</h2>
            @if (o.regions.length === 0) {
              <p>{{ t('overview.noParticipants') }}</p>
            } @else {
              <app-chart [label]="t('overview.byRegion')" [table]="regions()!" />
            }
            <h2 id="overview-cohorts">{{ t('overview.cohortsHeading') }}</h2>
            @if (o.cohorts.length === 0) {
              <p>{{ t('overview.noCohorts') }}</p>
            } @else {
              <table class="bars cohorts" aria-labelledby="overview-cohorts">
                <thead>
                  <tr>
                    <th scope="col">{{ t('overview.cohort') }}</th>
                    <th scope="col">{{ t('overview.participants') }}</th>
                    <th scope="col">{{ t('overview.completed') }}</th>
                    <th scope="col">{{ t('admin.average') }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (c of shown(); track c.cohortId) {
                    <tr>
                      <th scope="row" class="cohort-cell">
                        <a [routerLink]="['/admin/cohorts', c.cohortId]">{{ c.name }}</a>
                        <span class="meta"
                          >{{ c.courseTitle }} · {{ c.startsOn | localDate }}–{{ c.endsOn | localDate }}</span
                        >
                      </th>
                      <td>{{ c.enrolled }}</td>
                      <td>{{ c.completed }} ({{ c.completionRate | localPercent }})</td>
                      <td>{{ c.averagePercent / 100 | localPercent: 1 }}</td>
                    </tr>
                  }
                </tbody>
              </table>
              <app-pager
                [offset]="offset()"
                [limit]="PAGE"
                [total]="o.cohorts.length"
                (page)="offset.set($event)"
              />
            }
          }
        </ng-template>
      </app-list-state>
    </section>
  `,
})
export class ProgrammeOverview {
  private readonly api = inject(AdminApi);
  private readonly translate = injectTranslate();
  protected readonly PAGE = PAGE;
  protected readonly load = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly overview = signal<ProgrammeOverviewResponse | null>(null);
  protected readonly offset = signal(0);
  protected readonly announcement = signal<string | null>(null);
  protected readonly regions = computed(() => {
    const o = this.overview();
    return o && regionTable(o, this.translate());
  });
  // One page of the cohorts, which the overview answers all at once (one row per cohort of the programme).
  protected readonly shown = computed(
    () => this.overview()?.cohorts.slice(this.offset(), this.offset() + PAGE) ?? [],
  );

  constructor() {
    this.api.programme().subscribe({
      next: (overview) => {
        this.overview.set(overview);
        this.load.set('ready');
      },
      error: () => this.load.set('failed'),
    });
  }

  protected download(): void {
    this.announcement.set(null);
    this.api.exportProgramme().subscribe({
      next: (blob) => saveFile(blob, 'programme.csv'),
      error: () => this.announcement.set('overview.exportFailed'),
    });
  }
}
