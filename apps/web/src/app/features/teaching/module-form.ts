import { ChangeDetectionStrategy, Component, input, OnInit, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import type { ModuleResponse } from '@keino/contracts';

import { FORM_FIELD } from '../../shared/ui/form-field';

export interface ModuleDraft {
  title: string;
  summary: string;
}

let nextId = 0;

/** Adds or edits a module's title and summary; keeps what was typed until the parent closes it. */
@Component({
  selector: 'app-module-form',
  imports: [FormsModule, ...FORM_FIELD, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="editor-form"
      (ngSubmit)="submit()"
      novalidate
      *transloco="let t"
      [attr.aria-label]="
        module() ? t('editor.editModuleOf', { title: module()!.title }) : t('editor.newModule')
      "
    >
      <app-form-field
        [fieldId]="id + '-title'"
        [label]="t('editor.moduleTitle')"
        [error]="submitted() && !draft.title.trim() ? t('editor.titleMissing') : null"
      >
        <input appFieldControl name="title" required maxlength="200" [(ngModel)]="draft.title" />
      </app-form-field>
      <app-form-field [fieldId]="id + '-summary'" [label]="t('editor.moduleSummary')">
        <textarea
          appFieldControl
          name="summary"
          rows="2"
          maxlength="4000"
          [(ngModel)]="draft.summary"
        ></textarea>
      </app-form-field>
      <div class="row-actions">
        <button type="submit" class="button primary" [disabled]="busy()">
          {{ t('editor.saveModule') }}
        </button>
        <button type="button" class="button" (click)="cancelled.emit()">{{ t('editor.cancel') }}</button>
      </div>
    </form>
  `,
})
export class ModuleForm implements OnInit {
  readonly module = input<ModuleResponse | null>(null);
  readonly busy = input(false);
  readonly save = output<ModuleDraft>();
  readonly cancelled = output<void>();
  protected readonly id = `module-form-${++nextId}`;
  protected readonly submitted = signal(false);
  protected draft: ModuleDraft = { title: '', summary: '' };

  ngOnInit(): void {
    this.draft = { title: this.module()?.title ?? '', summary: this.module()?.summary ?? '' };
  }

  protected submit(): void {
    this.submitted.set(true);
    if (!this.draft.title.trim()) return;
    this.save.emit({ title: this.draft.title.trim(), summary: this.draft.summary });
  }
}
