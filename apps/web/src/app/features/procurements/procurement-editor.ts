import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  NOVELTIES,
  PROCUREMENT_PROCEDURES,
  PROCUREMENT_STATUSES,
  SUSTAINABILITY_ASPECTS,
  type SustainabilityAspect,
} from '@keino/contracts';

import { apiErrorCode } from '../../core/http/api-error';
import { FORM_FIELD } from '../../shared/ui/form-field';
import {
  emptyProcurementForm,
  type ProcurementErrors,
  toProcurementRequest,
  validateProcurement,
} from './procurement-form';
import { ProcurementsApi } from './procurements-api';

/** Records a procurement of the caller's organisation; the CPV code is checked by the same rule as the server's. */
@Component({
  selector: 'app-procurement-editor',
  imports: [FormsModule, RouterLink, TranslocoDirective, ...FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './procurements.css',
  template: `
    <section class="page editor" *transloco="let t">
      <p>
        <a routerLink="/procurements">← {{ t('procurements.title') }}</a>
      </p>
      <h1>{{ t('procurements.new') }}</h1>
      <form novalidate [attr.aria-label]="t('procurements.new')" (ngSubmit)="save()">
        @let e = errors();
        <app-form-field
          fieldId="procurement-title"
          [label]="t('procurements.fields.title')"
          [error]="e.title && t('procurements.errors.' + e.title)"
        >
          <input appFieldControl name="title" [(ngModel)]="form.title" maxlength="200" required />
        </app-form-field>
        <app-form-field fieldId="procurement-description" [label]="t('procurements.fields.description')">
          <textarea appFieldControl name="description" rows="4" [(ngModel)]="form.description"></textarea>
        </app-form-field>
        <app-form-field
          fieldId="procurement-cpv"
          [label]="t('procurements.fields.cpvCode')"
          [hint]="t('procurements.cpvHint')"
          [error]="e.cpvCode && t('procurements.errors.' + e.cpvCode)"
        >
          <input appFieldControl name="cpvCode" [(ngModel)]="form.cpvCode" inputmode="numeric" required />
        </app-form-field>
        <app-form-field
          fieldId="procurement-value"
          [label]="t('procurements.fields.valueEur')"
          [error]="e.valueEur && t('procurements.errors.' + e.valueEur)"
        >
          <input appFieldControl name="valueEur" [(ngModel)]="form.valueEur" inputmode="numeric" required />
        </app-form-field>
        <app-form-field
          fieldId="procurement-year"
          [label]="t('procurements.fields.year')"
          [error]="e.year && t('procurements.errors.' + e.year)"
        >
          <input appFieldControl name="year" [(ngModel)]="form.year" inputmode="numeric" required />
        </app-form-field>
        <app-form-field fieldId="procurement-procedure" [label]="t('procurements.fields.procedure')">
          <select appFieldControl name="procedure" [(ngModel)]="form.procedure">
            @for (v of procedures; track v) {
              <option [value]="v">{{ t('procurements.procedure.' + v) }}</option>
            }
          </select>
        </app-form-field>
        <app-form-field fieldId="procurement-status" [label]="t('procurements.fields.status')">
          <select appFieldControl name="status" [(ngModel)]="form.status">
            @for (v of statuses; track v) {
              <option [value]="v">{{ t('procurements.status.' + v) }}</option>
            }
          </select>
        </app-form-field>
        <app-form-field fieldId="procurement-novelty" [label]="t('procurements.fields.novelty')">
          <select appFieldControl name="novelty" [(ngModel)]="form.novelty">
            @for (v of novelties; track v) {
              <option [value]="v">{{ t('procurements.novelty.' + v) }}</option>
            }
          </select>
        </app-form-field>
        <fieldset class="checks">
          <legend>{{ t('procurements.fields.sustainability') }}</legend>
          @for (a of aspects; track a) {
            <label>
              <input
                type="checkbox"
                [name]="'aspect-' + a"
                [checked]="form.sustainability.includes(a)"
                (change)="toggle(a)"
              />
              {{ t('procurements.aspect.' + a) }}
            </label>
          }
        </fieldset>
        <fieldset class="checks">
          <legend>{{ t('procurements.fields.more') }}</legend>
          <label>
            <input type="checkbox" name="marketDialogue" [(ngModel)]="form.marketDialogue" />
            {{ t('procurements.fields.marketDialogue') }}
          </label>
          <label>
            <input type="checkbox" name="strategic" [(ngModel)]="form.strategic" />
            {{ t('procurements.fields.strategic') }}
          </label>
        </fieldset>
        @if (message(); as m) {
          <p class="message" role="alert">{{ t(m) }}</p>
        }
        <div class="actions">
          <button type="submit" class="button primary" [disabled]="busy()">
            {{ t('procurements.save') }}
          </button>
        </div>
      </form>
    </section>
  `,
})
export class ProcurementEditor {
  private readonly api = inject(ProcurementsApi);
  private readonly router = inject(Router);
  protected readonly procedures = PROCUREMENT_PROCEDURES;
  protected readonly statuses = PROCUREMENT_STATUSES;
  protected readonly novelties = NOVELTIES;
  protected readonly aspects = SUSTAINABILITY_ASPECTS;
  protected readonly form = emptyProcurementForm(new Date().getFullYear());
  protected readonly errors = signal<ProcurementErrors>({});
  protected readonly message = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected toggle(aspect: SustainabilityAspect): void {
    const has = this.form.sustainability.includes(aspect);
    this.form.sustainability = has
      ? this.form.sustainability.filter((a) => a !== aspect)
      : [...this.form.sustainability, aspect];
  }

  protected save(): void {
    this.message.set(null);
    const errors = validateProcurement(this.form);
    this.errors.set(errors);
    if (Object.keys(errors).length > 0) {
      this.message.set('procurements.errors.fix');
      return;
    }
    this.busy.set(true);
    this.api.create(toProcurementRequest(this.form)).subscribe({
      next: (p) => void this.router.navigate(['/procurements', p.id]),
      error: (err: unknown) => {
        this.busy.set(false);
        this.message.set(`errorCodes.${apiErrorCode(err) ?? 'INTERNAL'}`);
      },
    });
  }
}
