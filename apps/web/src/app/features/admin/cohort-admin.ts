import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type {
  CohortDetailResponse,
  CohortReportResponse,
  CohortTimelineResponse,
  EnrollmentResponse,
} from '@keino/contracts';
import { forkJoin } from 'rxjs';

import { saveFile } from '../../core/files/save-file';
import { moduleTable, organizationTable, statusTable, timelineTable } from '../../shared/chart/chart-data';
import { ChartFigure } from '../../shared/chart/chart-figure';
import { injectTranslate } from '../../shared/chart/chart-translate';
import { AdminApi } from './admin-api';
import { LocalDatePipe, LocalPercentPipe } from '../../core/i18n/locale-pipes';
import { ListState } from '../../shared/ui/list-state';

/**
 * A cohort for programme staff: completion by module and organisation, enrolment states and progress over time (each
 * chart with its table), the approval queue, the waitlist, exports.
 */
@Component({
  selector: 'app-cohort-admin',
  imports: [ListState, ChartFigure, LocalDatePipe, LocalPercentPipe, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // On a phone the charts above the tables draw the bars; the tables keep the figures and fit 360 px.
  styles: `
    @media (max-width: 30rem) {
      .meter {
        display: none;
      }
      .bars th,
      .bars td {
        padding-left: 0.3rem;
        padding-right: 0.3rem;
      }
      .bars th[scope='col'] {
        hyphens: auto;
        overflow-wrap: anywhere;
      }
    }
  `,
  template: `
    <section class="page" *transloco="let t">
      <p>
        <a routerLink="/admin">← {{ t('admin.title') }}</a>
      </p>
      <app-list-state [status]="load()">
        <ng-template>
          @if (cohort(); as c) {
            <h1>{{ c.name }}</h1>
            <p class="meta">{{ c.courseTitle }} · {{ c.startsOn | localDate }}–{{ c.endsOn | localDate }}</p>
            @if (c.place || c.onlineUrl) {
              <p class="meta">
                {{ c.place }}
                @if (c.onlineUrl) {
                  @if (c.place) {
                    ·
                  }
                  <a [href]="c.onlineUrl" rel="noopener">{{ t('adminArea.newCohort.onlineLink') }}</a>
                }
              </p>
            }
            <p>
              <a class="button" [routerLink]="['/admin/cohorts', c.id, 'edit']">{{
                t('adminArea.editCohort.action')
              }}</a>
            </p>
            <p class="announcement" role="status" aria-live="polite">
              {{ announcement() ? t(announcement()!) : '' }}
            </p>
            @if (report(); as r) {
              <h2>{{ t('admin.completion') }}</h2>
              <dl class="facts">
                <dt>{{ t('admin.enrolled') }}</dt>
                <dd>{{ r.enrolled }}</dd>
                <dt>{{ t('admin.completed') }}</dt>
                <dd>{{ r.completed }} ({{ r.completionRate | localPercent: 1 }})</dd>
              </dl>
              <div class="exports">
                <button type="button" class="button" (click)="download('csv')">
                  {{ t('admin.exportCsv') }}
                </button>
                <button type="button" class="button" (click)="download('xlsx')">
                  {{ t('admin.exportXlsx') }}
                </button>
              </div>
              <h3>{{ t('admin.byModule') }}</h3>
              @if (r.enrolled > 0) {
                <app-chart [label]="t('admin.byModule')" [table]="modules()!" tableMode="external" />
              }
              <table class="bars">
                <caption class="visually-hidden">
                  {{
                    t('admin.byModule')
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{{ t('admin.module') }}</th>
                    <th scope="col">{{ t('admin.rate') }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (m of r.modules; track m.moduleId) {
                    <tr>
                      <th scope="row">{{ m.title }}</th>
                      <td>
                        <span class="meter" aria-hidden="true"
                          ><span [style.width.%]="m.completionRate * 100"></span
                        ></span>
                        {{ m.completionRate | localPercent }}
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
              <h3>{{ t('admin.byOrganization') }}</h3>
              @if (r.enrolled > 0) {
                <app-chart
                  [label]="t('admin.byOrganization')"
                  [table]="organizations()!"
                  tableMode="external"
                />
              }
              <table class="bars">
                <caption class="visually-hidden">
                  {{
                    t('admin.byOrganization')
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{{ t('admin.organization') }}</th>
                    <th scope="col">{{ t('admin.participants') }}</th>
                    <th scope="col">{{ t('admin.average') }}</th>
                    <th scope="col">{{ t('groups.review.column') }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (o of r.organizations; track o.organizationId) {
                    <tr>
                      <th scope="row">{{ o.name || t('admin.noOrganization') }}</th>
                      <td>{{ o.participants }}</td>
                      <td>
                        <span class="meter" aria-hidden="true"
                          ><span [style.width.%]="o.averagePercent"></span
                        ></span>
                        {{ o.averagePercent / 100 | localPercent: 1 }}
                      </td>
                      <td>
                        @if (o.managementReview; as m) {
                          {{ t('groups.review.outcomes.' + m.outcome) }},
                          {{ m.presentedOn | localDate: 'd.M.yyyy' }}
                        } @else {
                          –
                        }
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            }
            <h3>{{ t('charts.states') }}</h3>
            <app-list-state [status]="timelineLoad()" [failedText]="t('charts.failed')">
              <ng-template>
                <app-chart [label]="t('charts.states')" [table]="states()!" />
                <h3>{{ t('charts.overTime') }}</h3>
                @if ((timeline()?.points?.length ?? 0) < 2) {
                  <p>{{ t('charts.notStarted') }}</p>
                } @else {
                  <p class="meta">
                    {{ t(timeline()?.interval === 'week' ? 'charts.perWeek' : 'charts.perDay') }}
                  </p>
                  <app-chart [label]="t('charts.overTime')" [table]="progress()!" type="line" />
                }
              </ng-template>
            </app-list-state>
            <h2>{{ t('admin.pending') }}</h2>
            @if (pending().length === 0) {
              <p>{{ t('admin.noPending') }}</p>
            } @else {
              <ul class="queue">
                @for (e of pending(); track e.id) {
                  <li>
                    <span>{{ e.fullName }} · {{ e.createdAt | localDate }}</span>
                    <button
                      type="button"
                      class="button primary"
                      [disabled]="busy() === e.id"
                      (click)="approve(e)"
                    >
                      {{ t('admin.approve') }}<span class="visually-hidden">: {{ e.fullName }}</span>
                    </button>
                  </li>
                }
              </ul>
            }
            <h2>{{ t('admin.waitlist') }}</h2>
            @if (waitlist().length === 0) {
              <p>{{ t('admin.noWaitlist') }}</p>
            } @else {
              <ol>
                @for (e of waitlist(); track e.id) {
                  <li>{{ e.fullName }}</li>
                }
              </ol>
            }
          }
        </ng-template>
      </app-list-state>
    </section>
  `,
})
export class CohortAdmin {
  private readonly api = inject(AdminApi);
  readonly cohortId = input.required<string>();
  protected readonly load = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly cohort = signal<CohortDetailResponse | null>(null);
  protected readonly report = signal<CohortReportResponse | null>(null);
  protected readonly pending = signal<EnrollmentResponse[]>([]);
  protected readonly waitlist = signal<EnrollmentResponse[]>([]);
  protected readonly busy = signal<string | null>(null);
  protected readonly announcement = signal<string | null>(null);
  protected readonly timeline = signal<CohortTimelineResponse | null>(null);
  protected readonly timelineLoad = signal<'loading' | 'ready' | 'failed'>('loading');
  private readonly translate = injectTranslate();
  protected readonly modules = computed(() => {
    const r = this.report();
    return r && moduleTable(r, this.translate());
  });
  protected readonly organizations = computed(() => {
    const r = this.report();
    return r && organizationTable(r, this.translate());
  });
  protected readonly states = computed(() => {
    const tl = this.timeline();
    return tl && statusTable(tl, this.translate());
  });
  protected readonly progress = computed(() => {
    const tl = this.timeline();
    return tl && timelineTable(tl, this.translate());
  });

  constructor() {
    effect(() => this.refresh(this.cohortId()));
  }

  private refresh(id: string): void {
    forkJoin([
      this.api.cohort(id),
      this.api.report(id),
      this.api.enrollments(id, 'pending'),
      this.api.enrollments(id, 'waitlisted'),
    ]).subscribe({
      next: ([cohort, report, pending, waitlist]) => {
        this.cohort.set(cohort);
        this.report.set(report);
        this.pending.set(pending.items);
        this.waitlist.set(waitlist.items);
        this.load.set('ready');
      },
      error: () => this.load.set('failed'),
    });
    // The charts' data loads on its own, so the approval queue does not wait for it or fail with it.
    this.api.timeline(id).subscribe({
      next: (timeline) => {
        this.timeline.set(timeline);
        this.timelineLoad.set('ready');
      },
      error: () => this.timelineLoad.set('failed'),
    });
  }

  protected approve(enrollment: EnrollmentResponse): void {
    this.busy.set(enrollment.id);
    this.api.approve(enrollment.id).subscribe({
      next: (result) => {
        this.busy.set(null);
        this.announcement.set(result.status === 'waitlisted' ? 'admin.approvedToWaitlist' : 'admin.approved');
        this.refresh(this.cohortId());
      },
      error: () => {
        this.busy.set(null);
        this.announcement.set('admin.approveFailed');
      },
    });
  }

  protected download(format: 'csv' | 'xlsx'): void {
    this.api.export(this.cohortId(), format).subscribe((blob) => saveFile(blob, `cohort-report.${format}`));
  }
}
