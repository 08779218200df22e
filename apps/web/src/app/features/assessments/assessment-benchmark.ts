import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { AssessmentBenchmarkResponse } from '@keino/contracts';

import { LanguageService } from '../../core/i18n/language';
import { formatNumber } from '../../core/i18n/local-format';
import type { ChartTable, Translate } from '../../shared/chart/chart-data';
import { ChartFigure } from '../../shared/chart/chart-figure';
import { injectTranslate } from '../../shared/chart/chart-translate';
import { textIn } from './assessment-logic';

type Lang = Parameters<typeof textIn>[1];

/** The organisation's levels beside all other organisations' average, where that may be shown. */
export function benchmarkTable(b: AssessmentBenchmarkResponse, lang: Lang, t: Translate): ChartTable {
  const rows = b.dimensions.filter((d) => d.own !== null && d.all !== null);
  return {
    rowHeader: t('procurements.benchmark.dimension'),
    rows: rows.map((d) => textIn(d.name, lang)),
    series: [
      { label: t('procurements.benchmark.own'), unit: 'count', values: rows.map((d) => d.own ?? 0) },
      { label: t('procurements.benchmark.all'), unit: 'count', values: rows.map((d) => d.all ?? 0) },
    ],
  };
}

/**
 * The peer benchmark under a self-assessment result: the organisation's maturity per dimension beside the average
 * of other organisations of its kind and of all, once at least five other organisations answered.
 */
@Component({
  selector: 'app-assessment-benchmark',
  imports: [TranslocoDirective, ChartFigure],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @if (data(); as b) {
        @if (b.organizationId) {
          <h2 id="benchmark-heading">{{ t('procurements.benchmark.title') }}</h2>
          <p>{{ t('procurements.benchmark.intro', { minimum: b.minimumPeers }) }}</p>
          @if (table().rows.length > 0) {
            <app-chart
              [label]="t('procurements.benchmark.title')"
              [table]="table()"
              tableMode="external"
              [max]="5"
            />
          }
          <table aria-labelledby="benchmark-heading">
            <thead>
              <tr>
                <th scope="col">{{ t('procurements.benchmark.dimension') }}</th>
                <th scope="col">{{ t('procurements.benchmark.own') }}</th>
                <th scope="col">
                  {{ t('procurements.benchmark.sameKind', { n: b.sameKindOrganizations }) }}
                </th>
                <th scope="col">{{ t('procurements.benchmark.allCount', { n: b.allOrganizations }) }}</th>
              </tr>
            </thead>
            <tbody>
              @for (d of b.dimensions; track d.dimensionId) {
                <tr>
                  <th scope="row">{{ name(d.name) }}</th>
                  <td>{{ shown(d.own) }}</td>
                  <td>{{ d.sameKind === null ? t('procurements.benchmark.tooFew') : shown(d.sameKind) }}</td>
                  <td>{{ d.all === null ? t('procurements.benchmark.tooFew') : shown(d.all) }}</td>
                </tr>
              }
            </tbody>
          </table>
        }
      }
    </ng-container>
  `,
})
export class AssessmentBenchmark implements OnInit {
  private readonly http = inject(HttpClient);
  private readonly language = inject(LanguageService);
  private readonly translate = injectTranslate();
  readonly enrollmentId = input.required<string>();
  protected readonly data = signal<AssessmentBenchmarkResponse | null>(null);
  protected readonly table = computed(() => {
    const b = this.data();
    return b
      ? benchmarkTable(b, this.language.current(), this.translate())
      : { rowHeader: '', rows: [], series: [] };
  });

  ngOnInit(): void {
    // The benchmark is an addition to the result: when it cannot load, the result stands without it.
    this.http
      .get<AssessmentBenchmarkResponse>(`/api/enrollments/${this.enrollmentId()}/assessments/benchmark`)
      .subscribe({ next: (b) => this.data.set(b), error: () => this.data.set(null) });
  }

  protected name(text: Parameters<typeof textIn>[0]): string {
    return textIn(text, this.language.current());
  }

  protected shown(value: number | null): string {
    return value === null ? '–' : formatNumber(value, this.language.current(), 2);
  }
}
