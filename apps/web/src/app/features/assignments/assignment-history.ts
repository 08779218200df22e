import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import type { AssignmentCommentResponse, AssignmentResponse } from '@keino/contracts';

import { saveFile } from '../../core/files/save-file';
import { LanguageService } from '../../core/i18n/language';
import { FORM_FIELD } from '../../shared/ui/form-field';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { AssignmentsApi } from './assignments-api';
import { errorKey, fileSize } from './assignment-view';

const COMMENT_MAX = 5000;

/**
 * What both the team and the trainer read under the work: the submitted versions (each with its text and files)
 * and the discussion, with a form to add to it.
 */
@Component({
  selector: 'app-assignment-history',
  imports: [FormsModule, ...FORM_FIELD, TranslocoDirective, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'assignment'">
      <section aria-labelledby="versions-title">
        <h2 id="versions-title">{{ t('history') }}</h2>
        @if (item().versions.length === 0) {
          <p>{{ t('noVersions') }}</p>
        } @else {
          <ul class="versions">
            @for (v of item().versions; track v.version; let first = $first) {
              <li>
                <details [open]="first && openLatest()">
                  <summary>
                    {{ t('version', { version: v.version }) }} ·
                    {{ v.submittedAt | localDate: 'dateTime' }}
                  </summary>
                  <p class="meta">
                    {{ t('submittedBy', { name: v.submittedByName || t('formerUser') }) }}
                  </p>
                  @if (v.body) {
                    <div class="work content" [innerHTML]="v.body"></div>
                  }
                  @if (v.attachments.length > 0) {
                    <ul class="files" [attr.aria-label]="t('filesOf', { version: v.version })">
                      @for (f of v.attachments; track f.id) {
                        <li>
                          <button
                            type="button"
                            class="link-button"
                            [attr.aria-label]="t('download', { name: f.fileName })"
                            (click)="download(f.id, f.fileName)"
                          >
                            {{ f.fileName }}
                          </button>
                          <span class="note">{{ size(f.size) }}</span>
                        </li>
                      }
                    </ul>
                  }
                </details>
              </li>
            }
          </ul>
        }
      </section>

      <section aria-labelledby="thread-title">
        <h2 id="thread-title">{{ t('comments') }}</h2>
        @if (item().comments.length === 0) {
          <p>{{ t('noComments') }}</p>
        } @else {
          <ul class="thread" aria-labelledby="thread-title">
            @for (c of item().comments; track c.id) {
              <li [class]="c.decision ? 'decision-' + c.decision : ''">
                <p class="meta">
                  <strong>{{ c.authorName || t('formerUser') }}</strong> ·
                  {{ c.createdAt | localDate: 'dateTime' }}
                  @if (c.version > 0) {
                    · {{ t('aboutVersion', { version: c.version }) }}
                  }
                  @if (c.decision) {
                    · <strong>{{ t('decisions.' + c.decision) }}</strong>
                  }
                </p>
                {{ c.body }}
              </li>
            }
          </ul>
        }
        <form novalidate (ngSubmit)="send()">
          <app-form-field
            fieldId="assignment-comment"
            [label]="t('addComment')"
            [error]="error() && t('errors.' + error())"
          >
            <textarea
              appFieldControl
              name="comment"
              rows="3"
              [maxlength]="COMMENT_MAX"
              [(ngModel)]="body"
            ></textarea>
          </app-form-field>
          <div>
            <button type="submit" class="button" [disabled]="sending()">{{ t('sendComment') }}</button>
          </div>
        </form>
        @if (downloadError(); as e) {
          <p class="message" role="alert">{{ t('errors.' + e) }}</p>
        }
      </section>
    </ng-container>
  `,
})
export class AssignmentHistory {
  private readonly api = inject(AssignmentsApi);
  private readonly language = inject(LanguageService).current;
  readonly item = input.required<AssignmentResponse>();
  /** The trainer reads the latest version open; the team sees its working copy above instead. */
  readonly openLatest = input(false);
  readonly commented = output<AssignmentCommentResponse>();
  protected readonly COMMENT_MAX = COMMENT_MAX;
  protected readonly error = signal<string | null>(null);
  protected readonly downloadError = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected body = '';

  protected size(bytes: number): string {
    return fileSize(bytes, this.language());
  }

  protected download(attachmentId: string, fileName: string): void {
    this.downloadError.set(null);
    this.api.download(this.item().id, attachmentId).subscribe({
      next: (blob) => saveFile(blob, fileName),
      error: (e: unknown) => this.downloadError.set(errorKey(e)),
    });
  }

  protected send(): void {
    const body = this.body.trim();
    if (!body) {
      this.error.set('commentEmpty');
      document.getElementById('assignment-comment')?.focus();
      return;
    }
    this.error.set(null);
    this.sending.set(true);
    this.api.comment(this.item().id, body).subscribe({
      next: (comment) => {
        this.body = '';
        this.sending.set(false);
        this.commented.emit(comment);
      },
      // The text stays in the field, so nothing is lost.
      error: (e: unknown) => {
        this.sending.set(false);
        this.error.set(errorKey(e));
        document.getElementById('assignment-comment')?.focus();
      },
    });
  }
}
