import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { CALL_LIMITS, type CohortResponse, type CreateCallRequest } from '@keino/contracts';

import { apiErrorCode, apiErrorMessages } from '../../core/http/api-error';
import { AdminApi } from '../admin/admin-api';
import { CallsApi } from './calls-api';

interface CriterionRow {
  title: string;
  weight: number;
}

/** A `datetime-local` value read in the browser's zone, as the admin meant it (as the cohort form does). */
const toIso = (local: string): string => (local ? new Date(local).toISOString() : '');

/** The admin opens a call: the cohort it fills, its dates, how many organisations at most, the weighted criteria. */
@Component({
  selector: 'app-call-new',
  imports: [FormsModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <details *transloco="let t">
      <summary>{{ t('calls.new.title') }}</summary>
      <form (ngSubmit)="create()" [attr.aria-label]="t('calls.new.title')">
        <label for="call-title">{{ t('calls.new.name') }}</label>
        <input id="call-title" name="title" maxlength="200" required [(ngModel)]="title" />
        <label for="call-cohort">{{ t('calls.cohort') }}</label>
        <select id="call-cohort" name="cohort" required [(ngModel)]="cohortId">
          @for (c of cohorts(); track c.id) {
            <option [value]="c.id">{{ c.name }}</option>
          }
        </select>
        <label for="call-opens">{{ t('calls.opensAt') }}</label>
        <input id="call-opens" name="opens" type="datetime-local" required [(ngModel)]="opensAt" />
        <label for="call-closes">{{ t('calls.closesAt') }}</label>
        <input id="call-closes" name="closes" type="datetime-local" required [(ngModel)]="closesAt" />
        <label for="call-max">{{ t('calls.new.max') }}</label>
        <input id="call-max" name="max" type="number" min="1" required [(ngModel)]="maxOrganizations" />
        <fieldset>
          <legend>{{ t('calls.criteria') }}</legend>
          @for (c of criteria; track $index; let i = $index) {
            <div role="group" [attr.aria-label]="t('calls.new.criterion', { n: i + 1 })">
              <label [for]="'criterion-title-' + i">{{ t('calls.new.criterionTitle') }}</label>
              <input
                [id]="'criterion-title-' + i"
                [name]="'criterionTitle' + i"
                maxlength="200"
                [(ngModel)]="c.title"
              />
              <label [for]="'criterion-weight-' + i">{{ t('calls.new.weight') }}</label>
              <input
                [id]="'criterion-weight-' + i"
                [name]="'criterionWeight' + i"
                type="number"
                min="1"
                [max]="limits.weight"
                [(ngModel)]="c.weight"
              />
            </div>
          }
          @if (criteria.length < limits.criteria) {
            <button type="button" class="button" (click)="addCriterion()">
              {{ t('calls.new.addCriterion') }}
            </button>
          }
        </fieldset>
        <button type="submit" class="button primary" [disabled]="busy()">{{ t('calls.new.create') }}</button>
        <p class="message" role="alert">
          @if (error(); as e) {
            {{ t('errorCodes.' + e) }} {{ details() }}
          }
        </p>
      </form>
    </details>
  `,
})
export class CallNew implements OnInit {
  private readonly api = inject(CallsApi);
  private readonly admin = inject(AdminApi);
  private readonly router = inject(Router);
  protected readonly limits = CALL_LIMITS;
  protected readonly cohorts = signal<CohortResponse[]>([]);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly details = signal('');
  protected title = '';
  protected cohortId = '';
  protected opensAt = '';
  protected closesAt = '';
  protected maxOrganizations = 10;
  protected criteria: CriterionRow[] = [{ title: '', weight: 1 }];

  ngOnInit(): void {
    this.admin.cohorts(0, 200).subscribe((page) => {
      this.cohorts.set(page.items);
      this.cohortId = page.items[0]?.id ?? '';
    });
  }

  protected addCriterion(): void {
    this.criteria = [...this.criteria, { title: '', weight: 1 }];
  }

  protected create(): void {
    const body: CreateCallRequest = {
      cohortId: this.cohortId,
      title: this.title,
      opensAt: toIso(this.opensAt),
      closesAt: toIso(this.closesAt),
      maxOrganizations: Number(this.maxOrganizations),
      criteria: this.criteria.map((c, i) => ({ key: `c${i + 1}`, title: c.title, weight: Number(c.weight) })),
    };
    this.busy.set(true);
    this.error.set(null);
    this.api.create(body).subscribe({
      next: (call) => void this.router.navigate(['/calls', call.id]),
      error: (err: HttpErrorResponse) => {
        this.busy.set(false);
        this.error.set(apiErrorCode(err) ?? 'INTERNAL');
        this.details.set(apiErrorMessages(err).join(' '));
      },
    });
  }
}
