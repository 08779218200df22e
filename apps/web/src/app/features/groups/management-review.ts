import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import {
  type AssignmentResponse,
  MANAGEMENT_REVIEW_OUTCOMES,
  type ManagementReviewOutcome,
  type ManagementReviewResponse,
} from '@keino/contracts';

import { apiErrorCode, errorCodeMessageKey } from '../../core/http/api-error';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { GroupsApi } from './groups-api';

/** Today in Finland, YYYY-MM-DD: the latest day the team can have presented on. */
export const todayInFinland = (now = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(now);

/**
 * Beside the development assignment: when the team presented it to its own management team and what came of it.
 * The team records it (`canRecord`); the coach, the mentor and the trainers read it.
 */
@Component({
  selector: 'app-management-review',
  imports: [FormsModule, LocalDatePipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section *transloco="let t" aria-labelledby="management-review-title" data-testid="management-review">
      <h2 id="management-review-title">{{ t('groups.review.title') }}</h2>
      @if (review(); as r) {
        <p>
          {{ t('groups.review.presented', { date: (r.presentedOn | localDate: 'd.M.yyyy') }) }}:
          <strong>{{ t('groups.review.outcomes.' + r.outcome) }}</strong>
        </p>
        @if (r.note) {
          <div class="rich-text" [innerHTML]="r.note"></div>
        }
      } @else {
        <p>{{ t('groups.review.none') }}</p>
      }
      @if (canRecord()) {
        <form class="narrow" (ngSubmit)="save()">
          <label for="presented-on">{{ t('groups.review.date') }}</label>
          <input
            id="presented-on"
            name="presentedOn"
            type="date"
            [max]="today"
            [(ngModel)]="presentedOn"
            required
          />
          <label for="review-outcome">{{ t('groups.review.outcome') }}</label>
          <select id="review-outcome" name="outcome" [(ngModel)]="outcome">
            @for (o of outcomes; track o) {
              <option [value]="o">{{ t('groups.review.outcomes.' + o) }}</option>
            }
          </select>
          <label for="review-note">{{ t('groups.review.note') }}</label>
          <textarea id="review-note" name="note" rows="3" maxlength="20000" [(ngModel)]="note"></textarea>
          <button type="submit" class="button primary">{{ t('groups.review.save') }}</button>
        </form>
        <p role="status" aria-live="polite">{{ announcement() }}</p>
      }
    </section>
  `,
})
export class ManagementReview {
  private readonly api = inject(GroupsApi);
  private readonly transloco = inject(TranslocoService);
  readonly assignment = input.required<AssignmentResponse>();
  readonly canRecord = input(false);
  protected readonly review = signal<ManagementReviewResponse | null>(null);
  protected readonly announcement = signal('');
  protected readonly outcomes = MANAGEMENT_REVIEW_OUTCOMES;
  protected readonly today = todayInFinland();
  protected presentedOn = this.today;
  protected outcome: ManagementReviewOutcome = 'endorsed';
  protected note = '';

  constructor() {
    effect(() => this.review.set(this.assignment().managementReview));
  }

  protected save(): void {
    if (!this.presentedOn) return;
    const body = {
      presentedOn: this.presentedOn,
      outcome: this.outcome,
      ...(this.note.trim() ? { note: this.note } : {}),
    };
    this.api.recordManagementReview(this.assignment().id, body).subscribe({
      next: (r) => {
        this.review.set(r);
        this.announcement.set(this.transloco.translate('groups.review.saved'));
      },
      error: (e: unknown) => {
        const code = apiErrorCode(e);
        this.announcement.set(this.transloco.translate(code ? errorCodeMessageKey(code) : 'groups.failed'));
      },
    });
  }
}
