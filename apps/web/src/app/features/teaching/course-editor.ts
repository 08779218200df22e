import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  ViewEncapsulation,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

import { CourseEditorConfirm } from './course-editor-confirm';
import { CourseEditorDetails } from './course-editor-details';
import { CourseEditorOutline } from './course-editor-outline';
import { CourseEditorPublish } from './course-editor-publish';
import { HoldsUnsavedWork, warnBeforeUnload } from '../../core/unsaved/unsaved-changes';
import { CourseEditorStore } from './course-editor-store';
import { CoursePreview } from './course-preview';
import { ListState } from '../../shared/ui/list-state';

/**
 * A course's draft for its trainers: details, modules and activities (added, edited, deleted, reordered by drag and
 * drop or by the move buttons), a preview as participants see it, publication and the versions published so far.
 * The panels share one CourseEditorStore, provided here so that each editor has its own.
 */
@Component({
  selector: 'app-course-editor',
  imports: [
    CourseEditorConfirm,
    CourseEditorDetails,
    CourseEditorOutline,
    CourseEditorPublish,
    CoursePreview,
    ListState,
    RouterLink,
    TranslocoDirective,
  ],
  providers: [CourseEditorStore],
  // Any typing or choice in the editor's forms is work not yet saved, until a save succeeds.
  host: { '(input)': 'store.typed.set(true)', '(change)': 'store.typed.set(true)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Also styles the panels, and what tiptap and the CDK render outside this template.
  encapsulation: ViewEncapsulation.None,
  styleUrl: './course-editing.css',
  template: `
    <section class="page course-editor course-pages" *transloco="let t">
      <p>
        <a routerLink="/teaching/courses">← {{ t('editor.myCourses') }}</a>
      </p>
      <app-list-state [status]="store.load()">
        <ng-template>
          @if (store.course(); as c) {
            <h1>{{ c.title }}</h1>
            <p class="meta">
              <span class="badge">{{
                t(
                  c.status === 'published' && store.unpublished()
                    ? 'editor.status.changed'
                    : 'editor.status.' + c.status
                )
              }}</span>
              @if (c.latestVersion) {
                · {{ t('editor.latestVersion', { version: c.latestVersion }) }}
              }
              · {{ t('editor.languages.' + c.language) }}
            </p>
            <p class="announcement" [class.failed]="store.status()?.error" role="status" aria-live="polite">
              @if (store.status(); as s) {
                {{ t(s.key, s.params ?? {}) }}
              }
            </p>
            <div class="mode-switch">
              <button
                type="button"
                class="button"
                [attr.aria-pressed]="!previewing()"
                (click)="previewing.set(false)"
              >
                {{ t('editor.edit') }}
              </button>
              <button
                type="button"
                class="button"
                [attr.aria-pressed]="previewing()"
                (click)="previewing.set(true)"
              >
                {{ t('editor.preview') }}
              </button>
            </div>

            @if (previewing()) {
              <app-course-preview [course]="c" />
            } @else {
              <app-course-editor-details />
              <app-course-editor-outline />
            }
            <app-course-editor-publish />
          }
        </ng-template>
      </app-list-state>
      <app-course-editor-confirm />
    </section>
  `,
})
export class CourseEditor implements HoldsUnsavedWork {
  protected readonly store = inject(CourseEditorStore);
  readonly courseId = input.required<string>();
  protected readonly previewing = signal(false);

  constructor() {
    effect(() => this.store.refresh(this.courseId()));
    warnBeforeUnload(() => this.hasUnsavedChanges());
  }

  hasUnsavedChanges(): boolean {
    return this.store.typed();
  }
}
