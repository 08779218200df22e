import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  viewChild,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

import { type Confirmation, CourseEditorStore } from './course-editor-store';

/** The editor's one modal question (delete, publish): its Cancel button takes the focus, and Escape cancels. */
@Component({
  selector: 'app-course-editor-confirm',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dialog #dialog class="confirm" aria-labelledby="confirm-title" (close)="store.confirmation.set(null)">
      <ng-container *transloco="let t">
        @if (store.confirmation(); as q) {
          <h2 id="confirm-title">{{ t(q.title, q.params) }}</h2>
          <p>{{ t(q.text, q.params) }}</p>
          <div class="row-actions">
            <button type="button" class="button primary" (click)="confirm(q)">
              {{ t(q.confirm, q.params) }}
            </button>
            <button type="button" class="button" autofocus (click)="dialog.close()">
              {{ t('editor.cancel') }}
            </button>
          </div>
        }
      </ng-container>
    </dialog>
  `,
})
export class CourseEditorConfirm {
  protected readonly store = inject(CourseEditorStore);
  private readonly dialog = viewChild<ElementRef<HTMLDialogElement>>('dialog');

  constructor() {
    // Opened once the question is rendered, so the dialog's autofocus finds its buttons.
    afterRenderEffect(() => {
      const dialog = this.dialog()?.nativeElement;
      if (this.store.confirmation() && dialog && !dialog.open) dialog.showModal();
    });
  }

  protected confirm(confirmation: Confirmation): void {
    this.dialog()?.nativeElement.close();
    confirmation.action();
  }
}
