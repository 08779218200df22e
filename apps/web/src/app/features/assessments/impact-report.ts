import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  IMPACT_GROUPS,
  type ImpactGroup,
  type ImpactQuery,
  type ImpactReportResponse,
  type ImpactRow,
} from '@keino/contracts';
import { forkJoin } from 'rxjs';

import { saveFile } from '../../core/files/save-file';
import { LanguageService } from '../../core/i18n/language';
import { LocalNumberPipe } from '../../core/i18n/locale-pipes';
import { ChartFigure } from '../../shared/chart/chart-figure';
import { injectTranslate } from '../../shared/chart/chart-translate';
import { ListState } from '../../shared/ui/list-state';
import { impactChartTable, rowLabel, signed } from './assessment-logic';
import { AssessmentsApi } from './assessments-api';

interface Filter {
  group: ImpactGroup;
  cohortId: string;
  organizationId: string;
  region: string;
}

/**
 * The programme's impact: the self-assessment's end − start per dimension (chart and table), grouped as asked, and
 * the follow-up a year on beside them.
 * One page for every role that sees it; the API narrows the figures to the caller's cohorts, regions or organisation.
 */
@Component({
  selector: 'app-impact-report',
  imports: [ListState, ChartFigure, FormsModule, LocalNumberPipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './assessments.css',
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('assessment.impact.title') }}</h1>
      <p class="lead">{{ t('assessment.impact.lead') }}</p>
      <app-list-state [status]="load()">
        <ng-template>
          <form
            class="filters"
            novalidate
            (submit)="$event.preventDefault()"
            [attr.aria-label]="t('assessment.impact.filters')"
          >
            <div>
              <label for="impact-group">{{ t('assessment.impact.groupBy') }}</label>
              <select id="impact-group" name="group" [(ngModel)]="filter.group" (ngModelChange)="refresh()">
                @for (g of groups; track g) {
                  <option [value]="g">{{ t('assessment.impact.groups.' + g) }}</option>
                }
              </select>
            </div>
            <div>
              <label for="impact-cohort">{{ t('assessment.impact.cohort') }}</label>
              <select
                id="impact-cohort"
                name="cohortId"
                [(ngModel)]="filter.cohortId"
                (ngModelChange)="refresh()"
              >
                <option value="">{{ t('assessment.impact.all') }}</option>
                @for (o of cohorts(); track o.key) {
                  <option [value]="o.key">{{ o.label }}</option>
                }
              </select>
            </div>
            <div>
              <label for="impact-organization">{{ t('assessment.impact.organization') }}</label>
              <select
                id="impact-organization"
                name="organizationId"
                [(ngModel)]="filter.organizationId"
                (ngModelChange)="refresh()"
              >
                <option value="">{{ t('assessment.impact.all') }}</option>
                @for (o of organizations(); track o.key) {
                  <option [value]="o.key">{{ o.label }}</option>
                }
              </select>
            </div>
            <div>
              <label for="impact-region">{{ t('assessment.impact.region') }}</label>
              <select
                id="impact-region"
                name="region"
                [(ngModel)]="filter.region"
                (ngModelChange)="refresh()"
              >
                <option value="">{{ t('assessment.impact.all') }}</option>
                @for (r of regions(); track r) {
                  <option [value]="r">{{ t('regions.' + r) }}</option>
                }
              </select>
            </div>
          </form>
          <p class="announcement" role="status" aria-live="polite">
            {{ announcement() ? t(announcement()!, { n: report()?.rows?.length ?? 0 }) : '' }}
          </p>
          @if (report(); as r) {
            <h2>{{ t('assessment.impact.chartTitle') }}</h2>
            @if (chart()!.rows.length === 0) {
              <p>{{ t('assessment.impact.noPairs') }}</p>
            } @else {
              <app-chart [label]="t('assessment.impact.chartTitle')" [table]="chart()!" [max]="5" />
            }
            <h2 id="impact-table">
              {{ t('assessment.impact.tableTitle', { group: t('assessment.impact.groups.' + r.group) }) }}
            </h2>
            @if (r.rows.length === 0) {
              <p>{{ t('assessment.impact.noAnswers') }}</p>
            } @else {
              <div class="table-scroll" role="region" aria-labelledby="impact-table" tabindex="0">
                <table class="bars" aria-labelledby="impact-table">
                  <thead>
                    <tr>
                      <th scope="col">{{ t('assessment.impact.groups.' + r.group) }}</th>
                      <th scope="col">{{ t('assessment.impact.n') }}</th>
                      <th scope="col">{{ t('assessment.impact.start') }}</th>
                      <th scope="col">{{ t('assessment.impact.end') }}</th>
                      <th scope="col">{{ t('assessment.impact.change') }}</th>
                      <th scope="col">{{ t('assessment.impact.startOnly') }}</th>
                      <th scope="col">{{ t('assessment.impact.followUpN') }}</th>
                      <th scope="col">{{ t('assessment.impact.followUp') }}</th>
                      <th scope="col">{{ t('assessment.impact.followUpChange') }}</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (row of r.rows; track row.key) {
                      <tr>
                        <th scope="row">{{ label(r.group, row) }}</th>
                        <td>{{ row.n }}</td>
                        <td>{{ (row.averageStart | localNumber: 2 : 2) ?? '–' }}</td>
                        <td>{{ (row.averageEnd | localNumber: 2 : 2) ?? '–' }}</td>
                        <td
                          [class.change-up]="(row.averageChange ?? 0) > 0"
                          [class.change-down]="(row.averageChange ?? 0) < 0"
                        >
                          {{ change(row.averageChange) }}
                        </td>
                        <td>{{ row.startOnly }}</td>
                        <td>{{ row.followUpN }}</td>
                        <td>{{ (row.averageFollowUp | localNumber: '1.2-2') ?? '–' }}</td>
                        <td
                          [class.change-up]="(row.averageFollowUpChange ?? 0) > 0"
                          [class.change-down]="(row.averageFollowUpChange ?? 0) < 0"
                        >
                          {{ change(row.averageFollowUpChange) }}
                        </td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            }
            <p class="note">{{ t('assessment.impact.howCounted') }}</p>
            <div class="exports">
              <button type="button" class="button" (click)="download()">
                {{ t('assessment.impact.exportCsv') }}
              </button>
            </div>
          }
        </ng-template>
      </app-list-state>
    </section>
  `,
})
export class ImpactReport {
  private readonly api = inject(AssessmentsApi);
  private readonly language = inject(LanguageService);
  private readonly translate = injectTranslate();
  protected readonly groups = IMPACT_GROUPS;
  protected readonly filter: Filter = { group: 'dimension', cohortId: '', organizationId: '', region: '' };
  protected readonly load = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly report = signal<ImpactReportResponse | null>(null);
  protected readonly cohorts = signal<ImpactRow[]>([]);
  protected readonly organizations = signal<ImpactRow[]>([]);
  protected readonly regions = signal<string[]>([]);
  protected readonly announcement = signal<string | null>(null);
  protected readonly chart = computed(() => {
    const r = this.report();
    return r && impactChartTable(r, this.translate());
  });
  private request = 0;

  constructor() {
    // The choices of the filters: the cohorts, organisations and regions the caller's figures come from.
    forkJoin([
      this.api.impact({ group: 'dimension' }),
      this.api.impact({ group: 'cohort' }),
      this.api.impact({ group: 'organization' }),
      this.api.impact({ group: 'region' }),
    ]).subscribe({
      next: ([report, cohorts, organizations, regions]) => {
        this.report.set(report);
        this.cohorts.set(cohorts.rows);
        this.organizations.set(organizations.rows.filter((o) => o.key));
        this.regions.set(regions.rows.map((r) => r.key).filter((k): k is string => !!k));
        this.load.set('ready');
      },
      error: () => this.load.set('failed'),
    });
  }

  protected label(group: ImpactGroup, row: ImpactRow): string {
    return rowLabel(group, row, this.translate());
  }

  protected change(value: number | null): string {
    return signed(value, this.language.current(), 2);
  }

  protected refresh(): void {
    const request = ++this.request;
    this.announcement.set(null);
    this.api.impact(this.query()).subscribe({
      next: (report) => {
        // Only the latest choice counts when filters change quickly.
        if (request !== this.request) return;
        this.report.set(report);
        this.announcement.set('assessment.impact.updated');
      },
      error: () => this.announcement.set('assessment.impact.failed'),
    });
  }

  protected download(): void {
    this.announcement.set(null);
    this.api.exportImpact(this.query()).subscribe({
      next: (blob) => saveFile(blob, `impact-${this.filter.group}.csv`),
      error: () => this.announcement.set('assessment.impact.exportFailed'),
    });
  }

  private query(): ImpactQuery {
    return {
      group: this.filter.group,
      ...(this.filter.cohortId ? { cohortId: this.filter.cohortId } : {}),
      ...(this.filter.organizationId ? { organizationId: this.filter.organizationId } : {}),
      ...(this.filter.region ? { region: this.filter.region as ImpactQuery['region'] } : {}),
    };
  }
}
