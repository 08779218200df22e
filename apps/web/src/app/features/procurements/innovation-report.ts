import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  INNOVATION_TARGET,
  ORGANIZATION_KINDS,
  REGION_CODES,
  type InnovationReportResponse,
} from '@keino/contracts';
import { forkJoin } from 'rxjs';

import { Session } from '../../core/auth/session';
import { saveFile } from '../../core/files/save-file';
import type { ChartTable, Translate } from '../../shared/chart/chart-data';
import { ChartFigure } from '../../shared/chart/chart-figure';
import { injectTranslate } from '../../shared/chart/chart-translate';
import { FORM_FIELD } from '../../shared/ui/form-field';
import { shareTrend, sharePercent } from './procurement-form';
import { ProcurementsApi } from './procurements-api';

/** The innovative share by value over the years, with the 10 % target drawn as a line beside it. */
export function trendTable(reports: InnovationReportResponse[], t: Translate): ChartTable {
  const { years, shares } = shareTrend(reports);
  // A year whose share is withheld (fewer than three organisations) is left out of the line, not drawn as 0.
  const shown = years.map((year, i) => ({ year, share: shares[i] })).filter((r) => r.share !== null);
  return {
    rowHeader: t('procurements.fields.year'),
    rows: shown.map((r) => r.year),
    series: [
      {
        label: t('procurements.report.innovativeShare'),
        unit: 'percent',
        values: shown.map((r) => r.share ?? 0),
      },
      {
        label: t('procurements.report.target'),
        unit: 'percent',
        values: shown.map(() => INNOVATION_TARGET * 100),
      },
    ],
  };
}

/** By region: the innovative share of the regions whose figures may be shown. */
export function regionTable(report: InnovationReportResponse, t: Translate): ChartTable {
  const shown = report.byRegion.filter((r) => r.innovativeShare !== null);
  return {
    rowHeader: t('procurements.report.region'),
    rows: shown.map((r) => t('regions.' + r.region)),
    series: [
      {
        label: t('procurements.report.innovativeShare'),
        unit: 'percent',
        values: shown.map((r) => sharePercent(r.innovativeShare) ?? 0),
      },
    ],
  };
}

/** The year's innovation figures against the 10 % target; one's own organisation beside the aggregate. */
@Component({
  selector: 'app-innovation-report',
  imports: [FormsModule, RouterLink, TranslocoDirective, ChartFigure, ...FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './procurements.css',
  template: `
    <section class="page" *transloco="let t">
      <p>
        <a routerLink="/procurements">← {{ t('procurements.title') }}</a>
      </p>
      <h1>{{ t('procurements.report.title') }}</h1>
      <p class="lead">{{ t('procurements.report.intro') }}</p>
      <form class="filters" [attr.aria-label]="t('procurements.filters')">
        <app-form-field fieldId="report-year" [label]="t('procurements.fields.year')">
          <select appFieldControl name="year" [(ngModel)]="year" (ngModelChange)="refresh()">
            @for (y of years; track y) {
              <option [ngValue]="y">{{ y }}</option>
            }
          </select>
        </app-form-field>
        <app-form-field fieldId="report-kind" [label]="t('procurements.report.kind')">
          <select appFieldControl name="kind" [(ngModel)]="filter.kind" (ngModelChange)="refresh()">
            <option value="">{{ t('procurements.any') }}</option>
            @for (k of kinds; track k) {
              <option [value]="k">{{ t('kinds.' + k) }}</option>
            }
          </select>
        </app-form-field>
        <app-form-field fieldId="report-region" [label]="t('procurements.report.region')">
          <select appFieldControl name="region" [(ngModel)]="filter.region" (ngModelChange)="refresh()">
            <option value="">{{ t('procurements.any') }}</option>
            @for (r of regionCodes; track r) {
              <option [value]="r">{{ t('regions.' + r) }}</option>
            }
          </select>
        </app-form-field>
      </form>
      @if (load() === 'loading') {
        <p role="status">{{ t('common.loading') }}</p>
      } @else if (load() === 'failed') {
        <p class="message" role="alert">{{ t('common.failed') }}</p>
      } @else if (report(); as r) {
        <h2>{{ t('procurements.report.figures', { year: r.year }) }}</h2>
        <dl class="facts">
          <dt>{{ t('procurements.report.organizations') }}</dt>
          <dd>{{ r.organizations }}</dd>
          <dt>{{ t('procurements.report.procurements') }}</dt>
          <dd>{{ r.procurements }}</dd>
          <dt>{{ t('procurements.report.valueEur') }}</dt>
          <dd>{{ euros(r.valueEur) }}</dd>
          <dt>{{ t('procurements.report.innovativeShare') }}</dt>
          <dd>{{ share(r.innovativeShare) }}</dd>
          <dt>{{ t('procurements.report.innovativeCountShare') }}</dt>
          <dd>{{ share(r.innovativeCountShare) }}</dd>
          <dt>{{ t('procurements.report.newToBuyerShare') }}</dt>
          <dd>{{ share(r.newToBuyerShare) }}</dd>
          <dt>{{ t('procurements.report.sustainableShare') }}</dt>
          <dd>{{ share(r.sustainableShare) }}</dd>
          <dt>{{ t('procurements.report.marketDialogueShare') }}</dt>
          <dd>{{ share(r.marketDialogueShare) }}</dd>
        </dl>
        <p class="note">{{ t('procurements.report.smallGroup') }}</p>

        <h2>{{ t('procurements.report.trend') }}</h2>
        @if (trend().rows.length > 0) {
          <app-chart [label]="t('procurements.report.trend')" [table]="trend()" type="line" />
        } @else {
          <p>{{ t('procurements.report.withheld') }}</p>
        }

        <h2>{{ t('procurements.report.byNovelty') }}</h2>
        <table>
          <caption class="visually-hidden">
            {{
              t('procurements.report.byNovelty')
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ t('procurements.fields.novelty') }}</th>
              <th scope="col" class="number">{{ t('procurements.report.count') }}</th>
              <th scope="col" class="number">{{ t('procurements.report.valueEur') }}</th>
            </tr>
          </thead>
          <tbody>
            @for (n of r.byNovelty; track n.novelty) {
              <tr>
                <th scope="row">{{ t('procurements.novelty.' + n.novelty) }}</th>
                <td class="number">{{ n.count ?? '–' }}</td>
                <td class="number">{{ euros(n.valueEur) }}</td>
              </tr>
            }
          </tbody>
        </table>

        <h2>{{ t('procurements.report.byRegion') }}</h2>
        @if (regions().rows.length > 0) {
          <app-chart
            [label]="t('procurements.report.byRegion')"
            [table]="regions()"
            tableMode="external"
            [max]="100"
          />
        }
        <table>
          <caption class="visually-hidden">
            {{
              t('procurements.report.byRegion')
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ t('procurements.report.region') }}</th>
              <th scope="col" class="number">{{ t('procurements.report.organizations') }}</th>
              <th scope="col" class="number">{{ t('procurements.report.procurements') }}</th>
              <th scope="col" class="number">{{ t('procurements.report.valueEur') }}</th>
              <th scope="col" class="number">{{ t('procurements.report.innovativeShare') }}</th>
            </tr>
          </thead>
          <tbody>
            @for (g of r.byRegion; track g.region) {
              <tr>
                <th scope="row">{{ t('regions.' + g.region) }}</th>
                <td class="number">{{ g.organizations }}</td>
                <td class="number">{{ g.procurements }}</td>
                <td class="number">{{ euros(g.valueEur) }}</td>
                <td class="number">{{ share(g.innovativeShare) }}</td>
              </tr>
            }
          </tbody>
        </table>

        @if (r.byOrganization.length > 0) {
          <h2>{{ t('procurements.report.byOrganization') }}</h2>
          <table>
            <caption class="visually-hidden">
              {{
                t('procurements.report.byOrganization')
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ t('procurements.fields.organization') }}</th>
                <th scope="col" class="number">{{ t('procurements.report.procurements') }}</th>
                <th scope="col" class="number">{{ t('procurements.report.valueEur') }}</th>
                <th scope="col" class="number">{{ t('procurements.report.innovativeShare') }}</th>
                <th scope="col" class="number">{{ t('procurements.report.peers') }}</th>
              </tr>
            </thead>
            <tbody>
              @for (o of r.byOrganization; track o.organizationId) {
                <tr>
                  <th scope="row">{{ o.name }}</th>
                  <td class="number">{{ o.procurements }}</td>
                  <td class="number">{{ euros(o.valueEur) }}</td>
                  <td class="number">{{ share(o.innovativeShare) }}</td>
                  <td class="number">{{ share(r.innovativeShare) }}</td>
                </tr>
              }
            </tbody>
          </table>
        }
        @if (canExport) {
          <div class="actions">
            <button type="button" class="button" (click)="download('csv')">
              {{ t('procurements.report.csv') }}
            </button>
            <button type="button" class="button" (click)="download('xlsx')">
              {{ t('procurements.report.xlsx') }}
            </button>
          </div>
        }
      }
    </section>
  `,
})
export class InnovationReport implements OnInit {
  private readonly api = inject(ProcurementsApi);
  private readonly translate = injectTranslate();
  protected readonly canExport = inject(Session).hasRole('admin', 'change_agent');
  // Last year's figures are complete; this year's still grow.
  protected year = new Date().getFullYear() - 1;
  protected readonly kinds = ORGANIZATION_KINDS;
  protected readonly regionCodes = REGION_CODES;
  // The aggregate beside one's own figures is the selection's: choose one's kind to compare with one's peers.
  protected readonly filter = { kind: '', region: '' };
  protected readonly years = Array.from({ length: 6 }, (_, i) => new Date().getFullYear() - i);
  protected readonly load = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly reports = signal<InnovationReportResponse[]>([]);
  protected readonly report = computed(() => this.reports().find((r) => r.year === this.selected()) ?? null);
  protected readonly trend = computed(() => trendTable(this.reports(), this.translate()));
  protected readonly regions = computed(() => {
    const r = this.report();
    return r ? regionTable(r, this.translate()) : { rowHeader: '', rows: [], series: [] };
  });
  private readonly selected = signal(this.year);
  private request = 0;

  ngOnInit(): void {
    this.refresh();
  }

  protected refresh(): void {
    const request = ++this.request;
    const year = Number(this.year);
    // The chosen year and the two before it, for the trend against the target.
    forkJoin([year - 2, year - 1, year].map((y) => this.api.report(y, this.filter))).subscribe({
      next: (reports) => {
        if (request !== this.request) return;
        this.reports.set(reports);
        this.selected.set(year);
        this.load.set('ready');
      },
      error: () => this.load.set('failed'),
    });
  }

  protected share(value: number | null): string {
    const percent = sharePercent(value);
    return percent === null
      ? this.translate()('procurements.report.hidden')
      : `${percent.toLocaleString('fi-FI')} %`;
  }

  protected euros(value: number | null): string {
    return value === null
      ? this.translate()('procurements.report.hidden')
      : `${value.toLocaleString('fi-FI')} €`;
  }

  protected download(format: 'csv' | 'xlsx'): void {
    this.api
      .export(Number(this.year), format)
      .subscribe((blob) => saveFile(blob, `innovation-${this.year}.${format}`));
  }
}
