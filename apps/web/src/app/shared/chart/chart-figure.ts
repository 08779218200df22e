import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartOptions,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';

import type { FormatLanguage } from '../../core/i18n/local-format';
import { type ChartTable, formatValue, toChartData } from './chart-data';

// Only the pieces these charts draw, registered when the first lazy page with a chart loads.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Tooltip,
);
Chart.defaults.color = '#4a5360';
Chart.defaults.font.family =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/**
 * A chart with its accessible alternative: the canvas is hidden from assistive technology, the figure is named by
 * its caption, and the same figures are in a table, either in a disclosure below the chart or (`external`) in a
 * table the page shows next to it.
 */
@Component({
  selector: 'app-chart',
  imports: [BaseChartDirective, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .chart {
      margin: 0 0 1.5rem;
      max-width: 42rem;
    }
    .chart-canvas {
      position: relative;
      width: 100%;
    }
    details {
      margin-top: 0.5rem;
    }
    summary {
      cursor: pointer;
      color: var(--brand);
      padding: 0.25rem 0;
    }
    td {
      font-variant-numeric: tabular-nums;
    }
    /* Three columns of long Finnish words fit a 360 px phone: headings may break anywhere, figures and names not. */
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
    <figure class="chart" *transloco="let t">
      <figcaption class="visually-hidden">{{ label() }}</figcaption>
      <div class="chart-canvas" aria-hidden="true" [style.height.px]="height()">
        <canvas baseChart [type]="type()" [data]="data()" [options]="options()"></canvas>
      </div>
      @if (tableMode() === 'external') {
        <p class="visually-hidden">{{ t('charts.tableBelow') }}</p>
      } @else {
        <details>
          <summary>
            {{ t('charts.showTable') }}<span class="visually-hidden">: {{ label() }}</span>
          </summary>
          <table class="bars">
            <caption class="visually-hidden">
              {{
                label()
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ table().rowHeader }}</th>
                @for (s of table().series; track s.label) {
                  <th scope="col">{{ s.label }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (row of table().rows; track $index; let i = $index) {
                <tr>
                  <th scope="row">{{ row }}</th>
                  @for (s of table().series; track s.label) {
                    <td>{{ format(s.values[i], s.unit) }}</td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </details>
      }
    </figure>
  `,
})
export class ChartFigure {
  private readonly transloco = inject(TranslocoService);
  /** The accessible name of the chart and the caption of its table. */
  readonly label = input.required<string>();
  readonly table = input.required<ChartTable>();
  readonly type = input<'bar' | 'line'>('bar');
  /** `details`: a table in a disclosure below; `external`: the page shows the table itself. */
  readonly tableMode = input<'details' | 'external'>('details');
  /** The value axis's end when the scale has one (levels 1–5); percentages end at 100 anyway. */
  readonly max = input<number>();

  // Horizontal bars: long names stay readable on a phone; each bar gets room.
  protected readonly height = computed(() =>
    this.type() === 'line'
      ? 280
      : Math.max(140, 50 + this.table().rows.length * 28 * this.table().series.length),
  );

  protected readonly data = computed(() => toChartData(this.table(), this.type()));

  protected readonly options = computed((): ChartOptions => {
    const table = this.table();
    const horizontal = this.type() === 'bar';
    const percent = table.series.every((s) => s.unit === 'percent');
    const secondAxis = table.series.some((s) => s.secondAxis);
    const tick = (value: string | number) => this.format(Number(value), percent ? 'percent' : 'count');
    const valueAxis = {
      beginAtZero: true,
      ...(percent ? { max: 100 } : this.max() !== undefined ? { max: this.max() } : {}),
      ticks: { callback: tick, precision: 0 },
    };
    return {
      responsive: true,
      maintainAspectRatio: false,
      // No motion: the figures are the point, and people who ask for reduced motion get none.
      animation: false,
      indexAxis: horizontal ? 'y' : 'x',
      scales: horizontal
        ? { x: valueAxis, y: { ticks: { autoSkip: false } } }
        : {
            x: { ticks: { maxRotation: 0, autoSkip: true } },
            y: { ...valueAxis, title: { display: secondAxis, text: table.series[0]?.label } },
            ...(secondAxis
              ? {
                  y1: {
                    ...valueAxis,
                    position: 'right' as const,
                    grid: { drawOnChartArea: false },
                    title: { display: true, text: table.series.find((s) => s.secondAxis)?.label },
                  },
                }
              : {}),
          },
      plugins: {
        legend: { display: table.series.length > 1, labels: { usePointStyle: true } },
        tooltip: {
          callbacks: {
            label: (item) => {
              const s = table.series[item.datasetIndex];
              return `${s.label}: ${this.format(Number(item.raw), s.unit)}`;
            },
          },
        },
      },
    };
  });

  protected format(value: number, unit: 'count' | 'percent'): string {
    return formatValue(value, unit, this.transloco.getActiveLang() as FormatLanguage);
  }
}
