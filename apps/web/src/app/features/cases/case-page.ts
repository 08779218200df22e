import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CaseCommentResponse, CaseResponse } from '@keino/contracts';

import { LanguageService } from '../../core/i18n/language';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { FORM_FIELD } from '../../shared/ui/form-field';
import { ListState } from '../../shared/ui/list-state';
import { CasesApi } from './cases-api';

const COMMENT_MAX = 4000;

/** One case to read in sections, its comments and a form to add one; its organisation's people may edit it. */
@Component({
  selector: 'app-case-page',
  imports: [ListState, FormsModule, ...FORM_FIELD, RouterLink, TranslocoDirective, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './cases.css',
  template: `
    <section class="page" *transloco="let t">
      <p>
        <a routerLink="/cases">← {{ t('cases.library.title') }}</a>
      </p>
      @if (load() === 'loading') {
        <p role="status">{{ t('common.loading') }}</p>
      } @else if (load() === 'missing') {
        <h1>{{ t('cases.page.missing') }}</h1>
        <p>{{ t('cases.page.missingHint') }}</p>
      } @else if (load() === 'failed') {
        <p class="message" role="alert">{{ t('common.failed') }}</p>
      } @else if (item(); as c) {
        <article class="case">
          <h1 [attr.lang]="c.language">{{ c.title }}</h1>
          <p class="meta">
            @if (c.status === 'draft') {
              <span class="draft-badge">{{ t('cases.draft') }}</span>
              {{ t('cases.page.draftHint') }}
            } @else if (c.publishedAt) {
              {{ t('cases.publishedOn', { date: c.publishedAt | localDate }) }}
            }
          </p>
          @if (c.canEdit) {
            <p>
              <a class="button" [routerLink]="['/cases', c.id, 'edit']">{{ t('cases.page.edit') }}</a>
            </p>
          }
          <dl class="facts">
            <dt>{{ t('cases.fields.organization') }}</dt>
            <dd>
              {{ c.organizationName }} ({{ t('kinds.' + c.organizationKind) }},
              {{ t('regions.' + c.region) }})
            </dd>
            @if (c.authorName) {
              <dt>{{ t('cases.fields.author') }}</dt>
              <dd>{{ c.authorName }}</dd>
            }
            <dt>{{ t('cases.fields.procedure') }}</dt>
            <dd>{{ t('cases.procedures.' + c.procedure) }}</dd>
            <dt>{{ t('cases.fields.cpvCode') }}</dt>
            <dd>
              @if (c.cpvCode) {
                <span class="code">{{ c.cpvCode }}</span>
              } @else {
                {{ t('cases.page.none') }}
              }
            </dd>
            <dt>{{ t('cases.fields.themes') }}</dt>
            <dd>
              @if (c.themes.length > 0) {
                <ul class="tags">
                  @for (theme of c.themes; track theme) {
                    <li>{{ t('cases.themes.' + theme) }}</li>
                  }
                </ul>
              } @else {
                {{ t('cases.page.none') }}
              }
            </dd>
            <dt>{{ t('cases.fields.contact') }}</dt>
            <dd>
              @if (c.contactName || c.contactEmail) {
                {{ c.contactName }}
                @if (c.contactEmail) {
                  <a [href]="'mailto:' + c.contactEmail">{{ c.contactEmail }}</a>
                }
              } @else {
                {{ t('cases.page.none') }}
              }
            </dd>
          </dl>

          <div [attr.lang]="c.language">
            @for (s of sections; track s.field) {
              <section [attr.aria-labelledby]="'section-' + s.field">
                <h2 [id]="'section-' + s.field" [attr.lang]="lang()">{{ t('cases.fields.' + s.field) }}</h2>
                @if (c[s.field]) {
                  <p class="text">{{ c[s.field] }}</p>
                } @else {
                  <p class="note" [attr.lang]="lang()">{{ t('cases.page.notTold') }}</p>
                }
              </section>
            }
          </div>

          <section aria-labelledby="comments-title">
            <h2 id="comments-title">{{ t('cases.comments.title', { count: comments().length }) }}</h2>
            <app-list-state
              [status]="commentsLoad()"
              [empty]="comments().length === 0"
              [emptyText]="t('cases.comments.empty')"
            >
              <ng-template>
                <ul class="comments" aria-labelledby="comments-title">
                  @for (comment of comments(); track comment.id) {
                    <li>
                      <p class="meta">
                        <strong>{{ comment.authorName || t('cases.comments.formerUser') }}</strong> ·
                        {{ comment.createdAt | localDate: 'dateTime' }}
                      </p>
                      {{ comment.body }}
                    </li>
                  }
                </ul>
              </ng-template>
            </app-list-state>
            @if (c.status === 'published' || c.canEdit) {
              <form novalidate (ngSubmit)="addComment()">
                <app-form-field
                  fieldId="comment-body"
                  errorId="comment-error"
                  [label]="t('cases.comments.add')"
                  [error]="commentError() && t('cases.errors.' + commentError())"
                >
                  <textarea
                    appFieldControl
                    name="body"
                    rows="4"
                    [maxlength]="COMMENT_MAX"
                    [(ngModel)]="body"
                  ></textarea>
                </app-form-field>
                <div>
                  <button type="submit" class="button primary" [disabled]="sending()">
                    {{ t('cases.comments.send') }}
                  </button>
                </div>
              </form>
            }
            <p class="announcement" role="status" aria-live="polite">
              @if (sent()) {
                {{ t('cases.comments.sent') }}
              }
            </p>
          </section>
        </article>
      }
    </section>
  `,
})
export class CasePage implements OnInit {
  /** The route's `:id`. */
  readonly id = input.required<string>();
  private readonly api = inject(CasesApi);
  protected readonly lang = inject(LanguageService).current;
  protected readonly COMMENT_MAX = COMMENT_MAX;
  protected readonly sections = [
    { field: 'summary' },
    { field: 'purchased' },
    { field: 'sustainabilityCriteria' },
    { field: 'innovationCriteria' },
    { field: 'results' },
  ] as const;
  protected readonly load = signal<'loading' | 'ready' | 'missing' | 'failed'>('loading');
  protected readonly item = signal<CaseResponse | null>(null);
  protected readonly commentsLoad = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly comments = signal<CaseCommentResponse[]>([]);
  protected readonly commentError = signal<string | null>(null);
  protected readonly sending = signal(false);
  protected readonly sent = signal(false);
  protected body = '';

  ngOnInit(): void {
    this.api.get(this.id()).subscribe({
      next: (c) => {
        this.item.set(c);
        this.load.set('ready');
      },
      // Another organisation's draft answers 404, as if it did not exist.
      error: (error: HttpErrorResponse) => this.load.set(error.status === 404 ? 'missing' : 'failed'),
    });
    this.api.comments(this.id()).subscribe({
      next: (list) => {
        this.comments.set(list);
        this.commentsLoad.set('ready');
      },
      error: () => this.commentsLoad.set('failed'),
    });
  }

  protected addComment(): void {
    this.sent.set(false);
    const body = this.body.trim();
    if (!body) {
      this.commentError.set('commentEmpty');
      document.getElementById('comment-body')?.focus();
      return;
    }
    this.commentError.set(null);
    this.sending.set(true);
    this.api.comment(this.id(), { body }).subscribe({
      next: (comment) => {
        this.comments.update((list) => [...list, comment]);
        this.commentsLoad.set('ready');
        this.body = '';
        this.sending.set(false);
        this.sent.set(true);
      },
      // The text stays in the field, so nothing is lost.
      error: (error: HttpErrorResponse) => {
        this.sending.set(false);
        this.commentError.set(error.status === 0 ? 'offline' : 'commentFailed');
        document.getElementById('comment-body')?.focus();
      },
    });
  }
}
