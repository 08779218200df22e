import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  OnInit,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import {
  APPLICATION_DECISIONS,
  CALL_LIMITS,
  type ApplicationDecision,
  type ApplicationResponse,
  type CallResponse,
} from '@keino/contracts';

import { Session } from '../../core/auth/session';
import { apiErrorCode } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language';
import { formatScore } from './call-format';
import { CallsApi } from './calls-api';

const SCORES = [0, 1, 2, 3, 4, 5];

/** The reviewer's scores (0–5 per criterion, with a comment), the reviews and score for staff, the admins' decision. */
@Component({
  selector: 'app-application-review',
  imports: [FormsModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div *transloco="let t">
      @if (application().reviews; as reviews) {
        <h2>{{ t('calls.reviews') }}</h2>
        <p>
          {{ t('calls.score') }}: <strong>{{ score(application().score) }}</strong>
        </p>
        <ul>
          @for (r of reviews; track r.reviewerId) {
            <li>
              {{ r.reviewerName ?? t('calls.review.anotherReviewer') }}: {{ score(r.weightedScore) }}
              @if (r.comment) {
                – {{ r.comment }}
              }
            </li>
          }
        </ul>
      }
      @if (call().isReviewer && reviewable()) {
        <form (ngSubmit)="saveReview()" [attr.aria-label]="t('calls.review.formLabel')">
          <h2>{{ t('calls.review.title') }}</h2>
          @for (c of call().criteria; track c.key) {
            <label [for]="'score-' + c.key"
              >{{ c.title }} ({{ t('calls.weight', { weight: c.weight }) }})</label
            >
            <select [id]="'score-' + c.key" [name]="'score-' + c.key" [(ngModel)]="scores[c.key]">
              @for (s of scoreOptions; track s) {
                <option [ngValue]="s">{{ s }}</option>
              }
            </select>
          }
          <label for="review-comment">{{ t('calls.review.comment') }}</label>
          <textarea
            id="review-comment"
            name="comment"
            rows="4"
            [maxlength]="limits.comment"
            [(ngModel)]="comment"
          ></textarea>
          <button type="submit" class="button primary" [disabled]="busy() || !complete()">
            {{ t('calls.review.save') }}
          </button>
        </form>
      }
      @if (admin() && decidable()) {
        <form (ngSubmit)="decide()" [attr.aria-label]="t('calls.admin.decisionForm')">
          <h2>{{ t('calls.admin.decision') }}</h2>
          <label for="decision">{{ t('calls.admin.decision') }}</label>
          <select id="decision" name="decision" [(ngModel)]="decision">
            @for (d of decisions; track d) {
              <option [value]="d">{{ t('calls.decisions.' + d) }}</option>
            }
          </select>
          <label for="decision-message">{{ t('calls.admin.message') }}</label>
          <textarea
            id="decision-message"
            name="message"
            rows="3"
            [maxlength]="limits.message"
            [(ngModel)]="message"
          ></textarea>
          <button type="submit" class="button primary" [disabled]="busy()">
            {{ t('calls.admin.decide') }}
          </button>
        </form>
      }
      <p class="message" role="alert">
        @if (error(); as e) {
          {{ t('errorCodes.' + e) }}
        }
      </p>
      <p class="announcement" role="status" aria-live="polite">
        @if (done(); as d) {
          {{ t(d) }}
        }
      </p>
    </div>
  `,
})
export class ApplicationReview implements OnInit {
  readonly application = input.required<ApplicationResponse>();
  readonly call = input.required<CallResponse>();
  readonly changed = output<void>();
  private readonly api = inject(CallsApi);
  private readonly session = inject(Session);
  private readonly language = inject(LanguageService);
  protected readonly limits = CALL_LIMITS;
  protected readonly scoreOptions = SCORES;
  protected readonly decisions = APPLICATION_DECISIONS;
  protected scores: Record<string, number | null> = {};
  protected comment = '';
  protected decision: ApplicationDecision = 'accepted';
  protected message = '';
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly admin = computed(() => this.session.hasRole('admin'));
  protected readonly reviewable = computed(() =>
    ['submitted', 'reserve'].includes(this.application().status),
  );
  protected readonly decidable = computed(() => ['submitted', 'reserve'].includes(this.application().status));

  ngOnInit(): void {
    const mine = this.application().reviews?.find((r) => r.reviewerId === this.session.user()?.id);
    for (const c of this.call().criteria) this.scores[c.key] = mine?.scores[c.key] ?? null;
    this.comment = mine?.comment ?? '';
  }

  protected complete(): boolean {
    return this.call().criteria.every((c) => this.scores[c.key] !== null && this.scores[c.key] !== undefined);
  }

  protected score(value: number | null | undefined): string {
    return formatScore(value, this.language.current());
  }

  protected saveReview(): void {
    const scores = Object.fromEntries(this.call().criteria.map((c) => [c.key, Number(this.scores[c.key])]));
    this.run(this.api.review(this.application().id, { scores, comment: this.comment }), 'calls.review.saved');
  }

  protected decide(): void {
    this.run(
      this.api.decide(this.application().id, { decision: this.decision, message: this.message }),
      'calls.admin.decisionSaved',
    );
  }

  private run(request: Observable<unknown>, doneKey: string): void {
    this.busy.set(true);
    this.error.set(null);
    this.done.set(null);
    request.subscribe({
      next: () => {
        this.busy.set(false);
        this.done.set(doneKey);
        this.changed.emit();
      },
      error: (err: HttpErrorResponse) => {
        this.busy.set(false);
        this.error.set(apiErrorCode(err) ?? 'INTERNAL');
      },
    });
  }
}
