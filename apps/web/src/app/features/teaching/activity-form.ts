import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  OnInit,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { ACTIVITY_KINDS, type ActivityResponse } from '@keino/contracts';

import { ActivityDraft, draftOf } from './course-editing';
import { RichTextEditor } from './rich-text-editor';
import { FORM_FIELD } from '../../shared/ui/form-field';

let nextId = 0;

/**
 * Adds or edits one activity: the fields its kind uses. The parent saves; the form keeps what was typed until the
 * parent closes it, so nothing is lost when saving fails.
 */
@Component({
  selector: 'app-activity-form',
  imports: [FormsModule, ...FORM_FIELD, TranslocoDirective, RichTextEditor],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="editor-form"
      (ngSubmit)="submit()"
      novalidate
      *transloco="let t"
      [attr.aria-label]="
        activity() ? t('editor.editActivityOf', { title: activity()!.title }) : t('editor.newActivity')
      "
    >
      @if (!activity()) {
        <app-form-field [fieldId]="id + '-kind'" [label]="t('editor.kind')">
          <select appFieldControl name="kind" [(ngModel)]="draft.kind">
            @for (k of kinds; track k) {
              <option [value]="k">{{ t('kind.' + k) }}</option>
            }
          </select>
        </app-form-field>
      }
      <app-form-field
        [fieldId]="id + '-title'"
        [label]="t('editor.activityTitle')"
        [error]="submitted() && !draft.title.trim() ? t('editor.titleMissing') : null"
      >
        <input appFieldControl name="title" required maxlength="200" [(ngModel)]="draft.title" />
      </app-form-field>
      <label class="check">
        <input type="checkbox" name="required" [(ngModel)]="draft.required" />
        {{ t('editor.requiredLabel') }}
      </label>
      @if (draft.kind === 'link') {
        <app-form-field
          [fieldId]="id + '-url'"
          [label]="t('editor.url')"
          [error]="submitted() && !urlValid() ? t('editor.urlInvalid') : null"
        >
          <input
            appFieldControl
            name="url"
            type="url"
            inputmode="url"
            required
            maxlength="2000"
            placeholder="https://"
            [(ngModel)]="draft.url"
          />
        </app-form-field>
      }
      @if (draft.kind === 'workshop') {
        <app-form-field [fieldId]="id + '-starts'" [label]="t('editor.startsAt')">
          <input appFieldControl name="startsAt" type="datetime-local" [(ngModel)]="draft.startsAt" />
        </app-form-field>
        <app-form-field [fieldId]="id + '-location'" [label]="t('editor.location')">
          <input appFieldControl name="location" maxlength="500" [(ngModel)]="draft.location" />
        </app-form-field>
      }
      <span class="label" [id]="id + '-content'">{{
        draft.kind === 'page' ? t('editor.content') : t('editor.description')
      }}</span>
      <app-rich-text-editor name="content" [labelledBy]="id + '-content'" [(ngModel)]="draft.content" />
      <div class="row-actions">
        <button type="submit" class="button primary" [disabled]="busy()">
          {{ t('editor.saveActivity') }}
        </button>
        <button type="button" class="button" (click)="cancelled.emit()">{{ t('editor.cancel') }}</button>
      </div>
    </form>
  `,
})
export class ActivityForm implements OnInit {
  /** The activity to edit; null adds a new one. */
  readonly activity = input<ActivityResponse | null>(null);
  readonly busy = input(false);
  readonly save = output<ActivityDraft>();
  readonly cancelled = output<void>();
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly id = `activity-form-${++nextId}`;
  protected readonly kinds = ACTIVITY_KINDS;
  protected readonly submitted = signal(false);
  protected draft: ActivityDraft = draftOf(null);

  ngOnInit(): void {
    this.draft = draftOf(this.activity());
  }

  protected urlValid(): boolean {
    return /^https?:\/\/\S+$/i.test(this.draft.url.trim());
  }

  protected submit(): void {
    this.submitted.set(true);
    const valid = this.draft.title.trim() && (this.draft.kind !== 'link' || this.urlValid());
    if (!valid) {
      // Focus the first field that needs attention, once the error messages are shown.
      setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    this.save.emit({ ...this.draft });
  }
}
