import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  ViewEncapsulation,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { AssignmentCommentResponse, AssignmentResponse, ReviewDecision } from '@keino/contracts';

import { ManagementReview } from '../groups/management-review';
import { AssignmentHistory } from './assignment-history';
import { errorKey } from './assignment-view';
import { AssignmentsApi } from './assignments-api';

/**
 * A team's submission for the cohort's trainer: the latest version with its files, the discussion, and the
 * decision (a revision needs a comment; both ask for confirmation).
 */
@Component({
  selector: 'app-assignment-review',
  imports: [FormsModule, RouterLink, TranslocoDirective, AssignmentHistory, ManagementReview],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './assignments.css',
  template: `
    <section class="page assignment" *transloco="let t; prefix: 'assignment'">
      <p>
        <a [routerLink]="['/teaching', cohortId(), 'assignments']">← {{ t('review.listTitle') }}</a>
      </p>
      @if (load() === 'loading') {
        <p role="status">{{ t('loading') }}</p>
      } @else if (load() === 'missing') {
        <h1>{{ t('missing') }}</h1>
        <p>{{ t('errors.missingHint') }}</p>
      } @else if (load() === 'failed') {
        <h1>{{ t('title') }}</h1>
        <p class="message" role="alert">{{ t('errors.failed') }}</p>
      } @else if (item(); as a) {
        <h1>{{ t('review.title', { org: a.organizationName }) }}</h1>
        <p class="status-line">
          <span [class]="'state state-' + a.status">{{ t('status.' + a.status) }}</span>
          <span>{{ a.activityTitle }} · {{ a.cohortName }}</span>
        </p>
        <p>{{ t('review.membersLine', { names: memberNames(a) }) }}</p>
        <p class="announcement" role="status" aria-live="polite">
          {{ announcement() ? t(announcement()!) : '' }}
        </p>
        @if (error(); as e) {
          <p class="message" role="alert">{{ t('errors.' + e) }}</p>
        }

        @if (a.canReview) {
          <section aria-labelledby="decide-title">
            <h2 id="decide-title">{{ t('review.decide', { version: a.version }) }}</h2>
            <p>{{ t('review.decideHint') }}</p>
            <form novalidate (ngSubmit)="$event.preventDefault()">
              <label for="review-comment">{{ t('review.comment') }}</label>
              <textarea
                id="review-comment"
                name="reviewComment"
                rows="4"
                maxlength="5000"
                [(ngModel)]="comment"
                [attr.aria-invalid]="commentMissing()"
                aria-describedby="review-comment-hint"
              ></textarea>
              <p id="review-comment-hint" [class]="commentMissing() ? 'field-error' : 'note'">
                {{ t('review.commentHint') }}
              </p>
              @if (!confirming()) {
                <div>
                  <button
                    type="button"
                    class="button"
                    [disabled]="busy()"
                    (click)="ask('revision_requested')"
                  >
                    {{ t('review.requestRevision') }}
                  </button>
                  <button type="button" class="button primary" [disabled]="busy()" (click)="ask('approved')">
                    {{ t('review.approve') }}
                  </button>
                </div>
              } @else {
                <div
                  class="confirm"
                  role="group"
                  [attr.aria-label]="t('review.decide', { version: a.version })"
                >
                  <p>
                    {{
                      confirming() === 'approved'
                        ? t('review.confirmApprove', { version: a.version, count: a.members.length })
                        : t('review.confirmRevision', { version: a.version })
                    }}
                  </p>
                  <button type="button" class="button primary" [disabled]="busy()" (click)="decide()">
                    {{
                      confirming() === 'approved'
                        ? t('review.confirmApproveButton')
                        : t('review.confirmRevisionButton')
                    }}
                  </button>
                  <button type="button" class="button" [disabled]="busy()" (click)="confirming.set(null)">
                    {{ t('cancel') }}
                  </button>
                </div>
              }
            </form>
          </section>
        } @else {
          <p class="note">{{ t('review.nothingToDecide.' + a.status) }}</p>
        }

        <app-management-review [assignment]="a" />
        <app-assignment-history [item]="a" [openLatest]="true" (commented)="addComment($event)" />
      }
    </section>
  `,
})
export class AssignmentReview {
  private readonly api = inject(AssignmentsApi);
  /** The route's `:cohortId` and `:submissionId`. */
  readonly cohortId = input.required<string>();
  readonly submissionId = input.required<string>();
  protected readonly load = signal<'loading' | 'ready' | 'missing' | 'failed'>('loading');
  protected readonly item = signal<AssignmentResponse | null>(null);
  protected readonly busy = signal(false);
  protected readonly confirming = signal<ReviewDecision | null>(null);
  protected readonly commentMissing = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly announcement = signal<string | null>(null);
  protected comment = '';

  constructor() {
    effect(() => this.open(this.submissionId()));
  }

  protected memberNames(a: AssignmentResponse): string {
    return a.members.map((m) => m.fullName).join(', ');
  }

  private open(id: string): void {
    this.load.set('loading');
    this.api.get(id).subscribe({
      next: (a) => {
        this.item.set(a);
        this.load.set('ready');
      },
      error: (e: HttpErrorResponse) => this.load.set(e.status === 404 ? 'missing' : 'failed'),
    });
  }

  protected ask(decision: ReviewDecision): void {
    this.error.set(null);
    const missing = decision === 'revision_requested' && !this.comment.trim();
    this.commentMissing.set(missing);
    if (missing) {
      document.getElementById('review-comment')?.focus();
      return;
    }
    this.confirming.set(decision);
  }

  protected decide(): void {
    const decision = this.confirming();
    if (!decision) return;
    const comment = this.comment.trim();
    this.busy.set(true);
    this.api.review(this.submissionId(), { decision, ...(comment ? { comment } : {}) }).subscribe({
      next: (a) => {
        this.busy.set(false);
        this.confirming.set(null);
        this.comment = '';
        this.item.set(a);
        this.announcement.set(decision === 'approved' ? 'review.approvedDone' : 'review.revisionDone');
      },
      error: (e: unknown) => {
        this.busy.set(false);
        this.confirming.set(null);
        this.error.set(errorKey(e));
      },
    });
  }

  protected addComment(comment: AssignmentCommentResponse): void {
    this.item.update((a) => (a ? { ...a, comments: [...a.comments, comment] } : a));
    this.announcement.set('commentSent');
  }
}
