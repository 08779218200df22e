import {
  ChangeDetectionStrategy,
  ViewEncapsulation,
  Component,
  ElementRef,
  inject,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { LOCALES, type Locale } from '@keino/contracts';

import { CourseEditorApi } from './course-editor-api';
import { TeachingNav } from './teaching-nav';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { pagedList } from '../../shared/pager/paged-list';
import { PagedListView } from '../../shared/pager/paged-list-view';

const PAGE = 20;

/** The courses a trainer edits (drafts and published, latest change first) and a form to start a new one. */
@Component({
  selector: 'app-my-courses',
  imports: [PagedListView, LocalDatePipe, FormsModule, RouterLink, TeachingNav, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Also styles what tiptap and the CDK render outside this template.
  encapsulation: ViewEncapsulation.None,
  styleUrl: './course-editing.css',
  template: `
    <section class="page course-pages" *transloco="let t">
      <app-teaching-nav />
      <h1>{{ t('editor.myCourses') }}</h1>
      <app-paged-list [list]="list" [emptyText]="t('editor.noCourses')">
        <ng-template>
          <ul class="cards" [attr.aria-label]="t('editor.myCourses')">
            @for (c of list.items(); track c.id) {
              <li class="card">
                <h2>
                  <a [routerLink]="['/teaching/courses', c.id]">{{ c.title }}</a>
                </h2>
                <p class="meta">
                  <span class="badge">{{ t('editor.status.' + c.status) }}</span>
                  @if (c.latestVersion) {
                    · {{ t('editor.latestVersion', { version: c.latestVersion }) }}
                  }
                </p>
                <p class="note">
                  {{ t('editor.updatedAt', { date: (c.updatedAt | localDate: 'dateTime') }) }}
                </p>
              </li>
            }
          </ul>
        </ng-template>
      </app-paged-list>

      <h2>{{ t('editor.newCourse') }}</h2>
      <form class="editor-form narrow" (ngSubmit)="create()" novalidate>
        <label for="new-title">{{ t('editor.courseTitle') }}</label>
        <input
          id="new-title"
          name="title"
          required
          minlength="2"
          maxlength="200"
          [(ngModel)]="draft.title"
          [attr.aria-invalid]="invalid()"
          [attr.aria-describedby]="invalid() ? 'new-title-error' : null"
        />
        @if (invalid()) {
          <p class="message" id="new-title-error">{{ t('editor.courseTitleMissing') }}</p>
        }
        <label for="new-summary">{{ t('editor.summary') }}</label>
        <textarea
          id="new-summary"
          name="summary"
          rows="3"
          maxlength="4000"
          [(ngModel)]="draft.summary"
        ></textarea>
        <label for="new-language">{{ t('editor.language') }}</label>
        <select id="new-language" name="language" [(ngModel)]="draft.language">
          @for (l of locales; track l) {
            <option [value]="l">{{ t('editor.languages.' + l) }}</option>
          }
        </select>
        <div class="row-actions">
          <button type="submit" class="button primary" [disabled]="creating()">
            {{ t('editor.create') }}
          </button>
        </div>
        <p class="announcement" role="status" aria-live="polite">
          {{ failed() ? t('editor.createFailed') : creating() ? t('editor.saving') : '' }}
        </p>
      </form>
    </section>
  `,
})
export class MyCourses {
  private readonly api = inject(CourseEditorApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly locales = LOCALES;
  protected readonly invalid = signal(false);
  protected readonly creating = signal(false);
  protected readonly failed = signal(false);
  protected draft: { title: string; summary: string; language: Locale } = {
    title: '',
    summary: '',
    language: 'fi',
  };

  // The page shown stays while the next one loads.
  protected readonly list = pagedList({
    pageSize: PAGE,
    filter: null,
    load: (_, offset, limit) => this.api.myCourses(offset, limit),
    keepPageWhileLoading: true,
  });

  constructor() {
    this.list.show(0);
  }

  protected create(): void {
    this.invalid.set(this.draft.title.trim().length < 2);
    if (this.invalid()) {
      setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('#new-title')?.focus());
      return;
    }
    this.creating.set(true);
    this.failed.set(false);
    this.api.create({ ...this.draft, title: this.draft.title.trim() }).subscribe({
      next: (course) => void this.router.navigate(['/teaching/courses', course.id]),
      error: () => {
        this.creating.set(false);
        this.failed.set(true);
      },
    });
  }
}
