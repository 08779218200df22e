import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { LOCALES } from '@keino/contracts';

import { CourseEditorStore } from './course-editor-store';
import { FORM_FIELD } from '../../shared/ui/form-field';

/** The draft's details: title (at least two characters), summary and language. */
@Component({
  selector: 'app-course-editor-details',
  imports: [FormsModule, ...FORM_FIELD, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <h2>{{ t('editor.details') }}</h2>
      <form class="editor-form narrow-form" (ngSubmit)="saveDetails()" novalidate>
        <app-form-field
          fieldId="course-title"
          [label]="t('editor.courseTitle')"
          [error]="invalid() ? t('editor.courseTitleMissing') : null"
        >
          <input
            appFieldControl
            name="title"
            required
            minlength="2"
            maxlength="200"
            [(ngModel)]="store.details.title"
          />
        </app-form-field>
        <app-form-field fieldId="course-summary" [label]="t('editor.summary')">
          <textarea
            appFieldControl
            name="summary"
            rows="3"
            maxlength="4000"
            [(ngModel)]="store.details.summary"
          ></textarea>
        </app-form-field>
        <app-form-field fieldId="course-language" [label]="t('editor.language')">
          <select appFieldControl name="language" [(ngModel)]="store.details.language">
            @for (l of locales; track l) {
              <option [value]="l">{{ t('editor.languages.' + l) }}</option>
            }
          </select>
        </app-form-field>
        <div class="row-actions">
          <button type="submit" class="button primary" [disabled]="store.busy() === 'details'">
            {{ t('editor.saveDetails') }}
          </button>
        </div>
      </form>
    </ng-container>
  `,
})
export class CourseEditorDetails {
  protected readonly store = inject(CourseEditorStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly locales = LOCALES;
  protected readonly invalid = signal(false);

  protected saveDetails(): void {
    this.invalid.set(this.store.details.title.trim().length < 2);
    if (this.invalid()) {
      setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('#course-title')?.focus());
      return;
    }
    this.store.saveDetails();
  }
}
