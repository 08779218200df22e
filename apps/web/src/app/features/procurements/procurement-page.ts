import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { INDICATOR_DIRECTIONS, type IndicatorResponse, type ProcurementResponse } from '@keino/contracts';

import { apiErrorCode } from '../../core/http/api-error';
import { shortDate, type ChartTable } from '../../shared/chart/chart-data';
import { ChartFigure } from '../../shared/chart/chart-figure';
import { injectTranslate } from '../../shared/chart/chart-translate';
import { FORM_FIELD } from '../../shared/ui/form-field';
import {
  emptyIndicatorForm,
  type IndicatorErrors,
  progressPercent,
  toIndicatorRequest,
  toMeasurementRequest,
  validateIndicator,
  validateMeasurement,
} from './procurement-form';
import { ProcurementsApi } from './procurements-api';

/** One indicator's measurements against its baseline and target, as a line chart and its table. */
export function indicatorTable(i: IndicatorResponse, t: (key: string) => string): ChartTable {
  return {
    rowHeader: t('procurements.indicators.measuredOn'),
    rows: i.measurements.map((m) => shortDate(m.measuredOn)),
    series: [
      { label: `${i.name} (${i.unit})`, unit: 'count', values: i.measurements.map((m) => m.value) },
      {
        label: t('procurements.indicators.target'),
        unit: 'count',
        values: i.measurements.map(() => i.target),
      },
    ],
  };
}

/** A procurement: its facts, its impact indicators (chart and table) and, for its organisation, the forms. */
@Component({
  selector: 'app-procurement-page',
  imports: [FormsModule, RouterLink, TranslocoDirective, ChartFigure, ...FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './procurements.css',
  template: `
    <section class="page" *transloco="let t">
      <p>
        <a routerLink="/procurements">← {{ t('procurements.title') }}</a>
      </p>
      @if (load() === 'loading') {
        <p role="status">{{ t('common.loading') }}</p>
      } @else if (load() === 'missing') {
        <h1>{{ t('procurements.missing') }}</h1>
      } @else if (load() === 'failed') {
        <p class="message" role="alert">{{ t('common.failed') }}</p>
      } @else if (item(); as p) {
        <h1>{{ p.title }}</h1>
        <dl class="facts">
          <dt>{{ t('procurements.fields.organization') }}</dt>
          <dd>{{ p.organizationName }} ({{ t('regions.' + p.region) }})</dd>
          <dt>{{ t('procurements.fields.cpvCode') }}</dt>
          <dd>{{ p.cpvCode }}</dd>
          <dt>{{ t('procurements.fields.valueEur') }}</dt>
          <dd>{{ p.valueEur.toLocaleString('fi-FI') }} €</dd>
          <dt>{{ t('procurements.fields.year') }}</dt>
          <dd>{{ p.year }}</dd>
          <dt>{{ t('procurements.fields.procedure') }}</dt>
          <dd>{{ t('procurements.procedure.' + p.procedure) }}</dd>
          <dt>{{ t('procurements.fields.status') }}</dt>
          <dd>{{ t('procurements.status.' + p.status) }}</dd>
          <dt>{{ t('procurements.fields.novelty') }}</dt>
          <dd>{{ t('procurements.novelty.' + p.novelty) }}</dd>
          <dt>{{ t('procurements.fields.sustainability') }}</dt>
          <dd>
            @for (a of p.sustainability; track a; let last = $last) {
              {{ t('procurements.aspect.' + a) }}{{ last ? '' : ', ' }}
            } @empty {
              {{ t('procurements.noAspects') }}
            }
          </dd>
          <dt>{{ t('procurements.fields.marketDialogue') }}</dt>
          <dd>{{ t(p.marketDialogue ? 'procurements.yes' : 'procurements.no') }}</dd>
          <dt>{{ t('procurements.fields.strategic') }}</dt>
          <dd>{{ t(p.strategic ? 'procurements.yes' : 'procurements.no') }}</dd>
        </dl>
        @if (p.description) {
          <div class="content" [innerHTML]="p.description"></div>
        }
        @if (p.caseId) {
          <p>
            <a [routerLink]="['/cases', p.caseId]">{{ t('procurements.case.open') }}</a>
          </p>
        } @else if (p.canEdit && p.status === 'completed') {
          <p>
            <button type="button" class="button" (click)="makeCase()">
              {{ t('procurements.case.make') }}
            </button>
          </p>
        }

        <h2>{{ t('procurements.indicators.title') }}</h2>
        @for (i of p.indicators; track i.id) {
          <section class="indicator" [attr.aria-labelledby]="'indicator-' + i.id">
            <h3 [id]="'indicator-' + i.id">{{ i.name }}</h3>
            <p>
              {{
                t('procurements.indicators.summary', { baseline: i.baseline, target: i.target, unit: i.unit })
              }}
              @if (i.progress !== null) {
                {{ t('procurements.indicators.progress', { percent: percent(i) }) }}
              } @else {
                {{ t('procurements.indicators.noMeasurements') }}
              }
            </p>
            @if (i.measurements.length > 0) {
              <app-chart [label]="i.name" [table]="table(i)" type="line" />
            }
            @if (p.canEdit) {
              <form
                class="inline"
                novalidate
                [attr.aria-label]="t('procurements.indicators.addMeasurement') + ': ' + i.name"
                (ngSubmit)="measure(i)"
              >
                <app-form-field
                  [fieldId]="'m-date-' + i.id"
                  [label]="t('procurements.indicators.measuredOn')"
                  [error]="
                    mErrors()[i.id]?.measuredOn && t('procurements.errors.' + mErrors()[i.id]?.measuredOn)
                  "
                >
                  <input appFieldControl type="date" [name]="'date-' + i.id" [(ngModel)]="mDate[i.id]" />
                </app-form-field>
                <app-form-field
                  [fieldId]="'m-value-' + i.id"
                  [label]="t('procurements.indicators.value')"
                  [error]="mErrors()[i.id]?.value && t('procurements.errors.' + mErrors()[i.id]?.value)"
                >
                  <input
                    appFieldControl
                    inputmode="decimal"
                    [name]="'value-' + i.id"
                    [(ngModel)]="mValue[i.id]"
                  />
                </app-form-field>
                <button type="submit" class="button">
                  {{ t('procurements.indicators.addMeasurement') }}
                </button>
              </form>
            }
          </section>
        } @empty {
          <p>{{ t('procurements.indicators.none') }}</p>
        }
        @if (p.canEdit) {
          <h3 id="new-indicator">{{ t('procurements.indicators.add') }}</h3>
          <form novalidate aria-labelledby="new-indicator" (ngSubmit)="addIndicator()">
            @let e = iErrors();
            <app-form-field
              fieldId="i-name"
              [label]="t('procurements.indicators.name')"
              [error]="e.name && t('procurements.errors.' + e.name)"
            >
              <input appFieldControl name="iname" [(ngModel)]="indicator.name" maxlength="200" />
            </app-form-field>
            <app-form-field
              fieldId="i-unit"
              [label]="t('procurements.indicators.unit')"
              [error]="e.unit && t('procurements.errors.' + e.unit)"
            >
              <input appFieldControl name="iunit" [(ngModel)]="indicator.unit" maxlength="50" />
            </app-form-field>
            <app-form-field fieldId="i-direction" [label]="t('procurements.indicators.direction')">
              <select appFieldControl name="idirection" [(ngModel)]="indicator.direction">
                @for (d of directions; track d) {
                  <option [value]="d">{{ t('procurements.indicators.' + d) }}</option>
                }
              </select>
            </app-form-field>
            <app-form-field
              fieldId="i-baseline"
              [label]="t('procurements.indicators.baseline')"
              [error]="e.baseline && t('procurements.errors.' + e.baseline)"
            >
              <input appFieldControl inputmode="decimal" name="ibaseline" [(ngModel)]="indicator.baseline" />
            </app-form-field>
            <app-form-field
              fieldId="i-target"
              [label]="t('procurements.indicators.target')"
              [error]="e.target && t('procurements.errors.' + e.target)"
            >
              <input appFieldControl inputmode="decimal" name="itarget" [(ngModel)]="indicator.target" />
            </app-form-field>
            <div class="actions">
              <button type="submit" class="button primary">{{ t('procurements.indicators.add') }}</button>
            </div>
          </form>
          <p>
            <button type="button" class="button danger" (click)="remove()">
              {{ t('procurements.remove') }}
            </button>
          </p>
        }
        @if (message(); as m) {
          <p class="message" role="alert">{{ t(m) }}</p>
        }
      }
    </section>
  `,
})
export class ProcurementPage implements OnInit {
  private readonly api = inject(ProcurementsApi);
  private readonly router = inject(Router);
  private readonly translate = injectTranslate();
  readonly id = input.required<string>();
  protected readonly directions = INDICATOR_DIRECTIONS;
  protected readonly load = signal<'loading' | 'ready' | 'missing' | 'failed'>('loading');
  protected readonly item = signal<ProcurementResponse | null>(null);
  protected readonly message = signal<string | null>(null);
  protected readonly iErrors = signal<IndicatorErrors>({});
  protected readonly mErrors = signal<Record<string, Partial<Record<'measuredOn' | 'value', string>>>>({});
  protected indicator = emptyIndicatorForm();
  protected readonly mDate: Record<string, string> = {};
  protected readonly mValue: Record<string, string> = {};
  private readonly tables = computed(() => {
    const t = this.translate();
    return new Map((this.item()?.indicators ?? []).map((i) => [i.id, indicatorTable(i, t)]));
  });

  ngOnInit(): void {
    this.refresh();
  }

  protected table(i: IndicatorResponse): ChartTable {
    return this.tables().get(i.id) ?? indicatorTable(i, this.translate());
  }

  protected percent(i: IndicatorResponse): number {
    return progressPercent(i) ?? 0;
  }

  protected addIndicator(): void {
    const errors = validateIndicator(this.indicator);
    this.iErrors.set(errors);
    if (Object.keys(errors).length > 0) return;
    this.api.addIndicator(this.id(), toIndicatorRequest(this.indicator)).subscribe({
      next: () => {
        this.indicator = emptyIndicatorForm();
        this.refresh();
      },
      error: (err: unknown) => this.fail(err),
    });
  }

  protected measure(i: IndicatorResponse): void {
    const date = this.mDate[i.id] ?? '';
    const value = this.mValue[i.id] ?? '';
    const errors = validateMeasurement(date, value);
    this.mErrors.update((all) => ({ ...all, [i.id]: errors }));
    if (Object.keys(errors).length > 0) return;
    this.api.addMeasurement(i.id, toMeasurementRequest(date, value)).subscribe({
      next: () => {
        this.mDate[i.id] = '';
        this.mValue[i.id] = '';
        this.refresh();
      },
      error: (err: unknown) => this.fail(err),
    });
  }

  protected makeCase(): void {
    this.api.toCase(this.id()).subscribe({
      next: (c) => void this.router.navigate(['/cases', c.id, 'edit']),
      error: (err: unknown) => this.fail(err),
    });
  }

  protected remove(): void {
    if (!confirm(this.translate()('procurements.confirmRemove'))) return;
    this.api.remove(this.id()).subscribe({
      next: () => void this.router.navigate(['/procurements']),
      error: (err: unknown) => this.fail(err),
    });
  }

  private refresh(): void {
    this.api.get(this.id()).subscribe({
      next: (p) => {
        this.item.set(p);
        this.load.set('ready');
      },
      error: (err: { status?: number }) => this.load.set(err.status === 404 ? 'missing' : 'failed'),
    });
  }

  private fail(err: unknown): void {
    this.message.set(`errorCodes.${apiErrorCode(err) ?? 'INTERNAL'}`);
  }
}
