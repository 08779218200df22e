import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  ViewEncapsulation,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { AssignmentCommentResponse, AssignmentResponse } from '@keino/contracts';
import { Observable, of, switchMap } from 'rxjs';

import { saveFile } from '../../core/files/save-file';
import { LanguageService } from '../../core/i18n/language';
import { Drafts, HoldsUnsavedWork, warnBeforeUnload } from '../../core/unsaved/unsaved-changes';
import { FORM_FIELD } from '../../shared/ui/form-field';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { RichTextEditor } from '../teaching/rich-text-editor';
import { ManagementReview } from '../groups/management-review';
import { AssignmentHistory } from './assignment-history';
import { errorKey, fileRefusal, fileSize, isBlank } from './assignment-view';
import { AssignmentsApi } from './assignments-api';

/** What the file picker offers; the server decides by the content. */
const ACCEPT = [
  '.pdf',
  '.doc',
  '.docx',
  '.xls',
  '.xlsx',
  '.ppt',
  '.pptx',
  '.odt',
  '.ods',
  '.odp',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
].join(',');

/**
 * The team's development assignment for a participant: the shared text and files any member edits, submitting
 * for review with a confirmation, and the versions and discussion with the trainer.
 */
@Component({
  selector: 'app-team-assignment',
  imports: [
    FormsModule,
    ...FORM_FIELD,
    RouterLink,
    TranslocoDirective,
    LocalDatePipe,
    RichTextEditor,
    AssignmentHistory,
    ManagementReview,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './assignments.css',
  template: `
    <section class="page assignment" *transloco="let t; prefix: 'assignment'">
      <p>
        <a [routerLink]="['/learning', enrollmentId()]">← {{ t('backToCourse') }}</a>
      </p>
      @if (load() === 'loading') {
        <p role="status">{{ t('loading') }}</p>
      } @else if (load() === 'missing') {
        <h1>{{ t('missing') }}</h1>
        <p>{{ t('errors.' + missingReason()) }}</p>
      } @else if (load() === 'failed') {
        <h1>{{ t('title') }}</h1>
        <p class="message" role="alert">{{ t('errors.failed') }}</p>
      } @else if (item(); as a) {
        <h1>{{ a.activityTitle }}</h1>
        <p class="status-line">
          <span [class]="'state state-' + a.status">{{ t('status.' + a.status) }}</span>
          <span>{{ t('teamOf', { org: a.organizationName }) }}</span>
        </p>
        <p>{{ t('lead.' + a.status, { version: a.version }) }}</p>
        <p class="announcement" role="status" aria-live="polite">
          {{ announcement() ? t(announcement()!.key, announcement()!.params) : '' }}
        </p>
        @if (error(); as e) {
          <p class="message" role="alert">{{ t('errors.' + e) }}</p>
        }
        @if (a.activityContent) {
          <details>
            <summary>{{ t('instructions') }}</summary>
            <div class="content" [innerHTML]="a.activityContent"></div>
          </details>
        }
        <section aria-labelledby="members-title">
          <h2 id="members-title">{{ t('members') }}</h2>
          <ul>
            @for (m of a.members; track m.userId) {
              <li>{{ m.fullName }}</li>
            }
          </ul>
        </section>

        <section aria-labelledby="work-title">
          <h2 id="work-title">{{ t('work') }}</h2>
          @if (a.canEdit) {
            <form novalidate (ngSubmit)="save()">
              <span class="label" id="work-text">{{ t('text') }}</span>
              <app-rich-text-editor
                name="body"
                labelledBy="work-text"
                [(ngModel)]="text"
                (ngModelChange)="keepDraft()"
              />
              <div>
                <button type="submit" class="button" [disabled]="busy()">{{ t('save') }}</button>
              </div>
            </form>
          } @else if (a.body && !blank(a.body)) {
            <div class="work content" [innerHTML]="a.body"></div>
          } @else {
            <p class="note">{{ t('noText') }}</p>
          }
          @if (a.updatedByName) {
            <p class="note">
              {{ t('lastSaved', { date: (a.updatedAt | localDate: 'dateTime'), name: a.updatedByName }) }}
            </p>
          }

          <h3 id="files-title">{{ t('files') }}</h3>
          @if (a.attachments.length === 0) {
            <p>{{ t('noFiles') }}</p>
          } @else {
            <ul class="files" aria-labelledby="files-title">
              @for (f of a.attachments; track f.id) {
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
                  @if (a.canEdit) {
                    <button
                      type="button"
                      class="button danger"
                      [attr.aria-label]="t('remove', { name: f.fileName })"
                      [disabled]="busy()"
                      (click)="remove(f.id, f.fileName)"
                    >
                      {{ t('removeShort') }}
                    </button>
                  }
                </li>
              }
            </ul>
          }
          @if (a.canEdit) {
            <div class="field">
              <app-form-field
                fieldId="assignment-file"
                hintId="file-hint"
                errorId="file-error"
                [label]="t('upload')"
                [hint]="t('uploadHint')"
                [error]="fileError() && t('errors.' + fileError())"
              >
                <input
                  appFieldControl
                  type="file"
                  [accept]="ACCEPT"
                  [disabled]="busy()"
                  (change)="upload($event)"
                />
              </app-form-field>
            </div>

            @if (!confirming()) {
              <p>
                <button type="button" class="button primary" [disabled]="busy()" (click)="askToSubmit()">
                  {{ t('submit') }}
                </button>
              </p>
            } @else {
              <div class="confirm" role="group" [attr.aria-label]="t('submit')">
                <p>{{ t('submitConfirm', { version: a.version + 1 }) }}</p>
                <button type="button" class="button primary" [disabled]="busy()" (click)="submit()">
                  {{ t('confirmSubmit') }}
                </button>
                <button type="button" class="button" [disabled]="busy()" (click)="confirming.set(false)">
                  {{ t('cancel') }}
                </button>
              </div>
            }
          }
        </section>

        <app-management-review [assignment]="a" [canRecord]="true" />
        <app-assignment-history [item]="a" (commented)="addComment($event)" />
      }
    </section>
  `,
})
export class TeamAssignment implements HoldsUnsavedWork {
  private readonly api = inject(AssignmentsApi);
  private readonly language = inject(LanguageService).current;
  /** The route's `:enrollmentId` and `:activityId`. */
  readonly enrollmentId = input.required<string>();
  readonly activityId = input.required<string>();
  protected readonly ACCEPT = ACCEPT;
  protected readonly load = signal<'loading' | 'ready' | 'missing' | 'failed'>('loading');
  protected readonly missingReason = signal('missingHint');
  protected readonly item = signal<AssignmentResponse | null>(null);
  protected readonly busy = signal(false);
  protected readonly confirming = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly fileError = signal<string | null>(null);
  protected readonly announcement = signal<{ key: string; params?: Record<string, unknown> } | null>(null);
  private readonly saved = signal('');
  protected text = '';
  protected readonly id = computed(() => this.item()?.id ?? '');

  private readonly drafts = Drafts.ofBrowser();

  constructor() {
    effect(() => this.open(this.enrollmentId(), this.activityId()));
    warnBeforeUnload(() => this.hasUnsavedChanges());
  }

  /** Text typed and not yet saved for the team (the guard and the browser ask before it is left). */
  hasUnsavedChanges(): boolean {
    return !!this.item()?.canEdit && this.text !== this.saved();
  }

  /** Every change is kept in this browser until it is saved, so a closed tab or a crash does not lose it. */
  protected keepDraft(): void {
    const id = this.id();
    if (!id) return;
    if (this.text === this.saved()) this.drafts.clear(id);
    else this.drafts.save(id, this.text);
  }

  protected blank(html: string): boolean {
    return isBlank(html);
  }

  protected size(bytes: number): string {
    return fileSize(bytes, this.language());
  }

  private open(enrollmentId: string, activityId: string): void {
    this.load.set('loading');
    this.api.mine(enrollmentId, activityId).subscribe({
      next: (a) => this.show(a),
      error: (e: HttpErrorResponse) => {
        const key = errorKey(e);
        if (e.status === 404 || e.status === 409) {
          this.missingReason.set(key === 'failed' ? 'missingHint' : key);
          this.load.set('missing');
        } else this.load.set('failed');
      },
    });
  }

  private show(a: AssignmentResponse): void {
    this.item.set(a);
    this.text = a.body;
    this.saved.set(a.body);
    // A draft left unsaved here earlier comes back, still unsaved: saving replaces the team's text with it.
    const draft = this.drafts.load(a.id);
    if (draft !== null && a.canEdit && draft !== a.body) {
      this.text = draft;
      this.announcement.set({ key: 'draftRestored' });
    } else if (draft !== null) this.drafts.clear(a.id);
    this.load.set('ready');
  }

  protected save(): void {
    this.run(this.api.save(this.id(), this.text), (a) => {
      this.drafts.clear(a.id);
      this.show(a);
      this.announcement.set({ key: 'saved' });
    });
  }

  protected askToSubmit(): void {
    this.error.set(null);
    // The server says the same; asking first spares a round trip and keeps the focus here.
    if (isBlank(this.text) && (this.item()?.attachments.length ?? 0) === 0) {
      this.error.set('ASSIGNMENT_EMPTY');
      return;
    }
    this.confirming.set(true);
  }

  /** Saves unsaved text first, so what is submitted is what the team sees. */
  protected submit(): void {
    const id = this.id();
    const save: Observable<unknown> = this.text !== this.saved() ? this.api.save(id, this.text) : of(null);
    this.run(save.pipe(switchMap(() => this.api.submit(id))), (a) => {
      this.drafts.clear(a.id);
      this.confirming.set(false);
      this.show(a);
      this.announcement.set({ key: 'submitted', params: { version: a.version } });
    });
  }

  protected upload(event: Event): void {
    const picker = event.target as HTMLInputElement;
    const file = picker.files?.[0];
    if (!file) return;
    this.fileError.set(null);
    const refusal = fileRefusal(file);
    if (refusal) {
      this.fileError.set(refusal);
      picker.value = '';
      return;
    }
    this.announcement.set({ key: 'uploading', params: { name: file.name } });
    this.busy.set(true);
    this.api.attach(this.id(), file).subscribe({
      next: (attachment) => {
        picker.value = '';
        this.busy.set(false);
        this.item.update((a) => (a ? { ...a, attachments: [...a.attachments, attachment] } : a));
        this.announcement.set({ key: 'uploaded', params: { name: attachment.fileName } });
      },
      error: (e: unknown) => {
        picker.value = '';
        this.busy.set(false);
        this.announcement.set(null);
        this.fileError.set(errorKey(e));
        picker.focus();
      },
    });
  }

  protected remove(attachmentId: string, name: string): void {
    this.run(this.api.remove(this.id(), attachmentId), () => {
      this.item.update((a) =>
        a ? { ...a, attachments: a.attachments.filter((f) => f.id !== attachmentId) } : a,
      );
      this.announcement.set({ key: 'removed', params: { name } });
      document.getElementById('assignment-file')?.focus();
    });
  }

  protected download(attachmentId: string, fileName: string): void {
    this.api.download(this.id(), attachmentId).subscribe({
      next: (blob) => saveFile(blob, fileName),
      error: (e: unknown) => this.error.set(errorKey(e)),
    });
  }

  protected addComment(comment: AssignmentCommentResponse): void {
    this.item.update((a) => (a ? { ...a, comments: [...a.comments, comment] } : a));
    this.announcement.set({ key: 'commentSent' });
  }

  private run<T>(call: Observable<T>, done: (value: T) => void): void {
    this.error.set(null);
    this.busy.set(true);
    call.subscribe({
      next: (value) => {
        this.busy.set(false);
        done(value);
      },
      error: (e: unknown) => {
        this.busy.set(false);
        this.error.set(errorKey(e));
        // The work may have changed meanwhile (another member submitted): show what it is now.
        if (errorKey(e) === 'ASSIGNMENT_LOCKED') {
          this.api.get(this.id()).subscribe((a) => this.show(a));
        }
      },
    });
  }
}
