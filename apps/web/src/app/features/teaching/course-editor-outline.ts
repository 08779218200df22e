import { CdkDrag, CdkDragDrop, CdkDragHandle, CdkDropList } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { ModuleResponse } from '@keino/contracts';

import { CourseEditorActivities } from './course-editor-activities';
import { CourseEditorStore } from './course-editor-store';
import { ModuleForm } from './module-form';
import { RowActions } from '../../shared/ui/row-actions';

/** The draft's modules in order, each with its activities: added, edited, deleted, reordered by drag or buttons. */
@Component({
  selector: 'app-course-editor-outline',
  imports: [
    CdkDrag,
    CdkDragHandle,
    CdkDropList,
    CourseEditorActivities,
    ModuleForm,
    RowActions,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.course(); as c) {
      <ng-container *transloco="let t">
        <h2>{{ t('editor.modules') }}</h2>
        <p class="note">{{ t('editor.reorderHelp') }}</p>
        @if (c.modules.length === 0) {
          <p>{{ t('editor.noModules') }}</p>
        }
        <ol class="editor-list" cdkDropList (cdkDropListDropped)="dropModule($event)">
          @for (m of c.modules; track m.id; let i = $index, count = $count) {
            <li class="editor-module" cdkDrag [cdkDragData]="m">
              <div class="editor-row">
                <span class="handle" cdkDragHandle aria-hidden="true" [title]="t('editor.dragHint')">⠿</span>
                <h3 [id]="'module-' + m.id">{{ i + 1 }}. {{ m.title }}</h3>
                <app-row-actions
                  idPrefix="module"
                  [itemId]="m.id"
                  [itemName]="m.title"
                  [first]="i === 0"
                  [last]="i === count - 1"
                  [editing]="store.editing() === 'module:' + m.id"
                  (moveUp)="store.moveModule(i, i - 1)"
                  (moveDown)="store.moveModule(i, i + 1)"
                  (edit)="store.editing.set('module:' + m.id)"
                  (remove)="store.askDeleteModule(m)"
                />
              </div>
              @if (store.editing() === 'module:' + m.id) {
                <app-module-form
                  [module]="m"
                  [busy]="store.busy() === 'module:' + m.id"
                  (save)="store.updateModule(m, $event)"
                  (cancelled)="store.editing.set(null)"
                />
              } @else if (m.summary) {
                <p class="meta">{{ m.summary }}</p>
              }
              <app-course-editor-activities [module]="m" />
            </li>
          }
        </ol>
        @if (store.editing() === 'new-module') {
          <app-module-form
            [busy]="store.busy() === 'new-module'"
            (save)="store.createModule($event)"
            (cancelled)="store.editing.set(null)"
          />
        } @else {
          <button type="button" class="button" (click)="store.editing.set('new-module')">
            {{ t('editor.addModule') }}
          </button>
        }
      </ng-container>
    }
  `,
})
export class CourseEditorOutline {
  protected readonly store = inject(CourseEditorStore);

  protected dropModule(event: CdkDragDrop<unknown, unknown, ModuleResponse>): void {
    if (event.previousIndex !== event.currentIndex)
      this.store.moveModule(event.previousIndex, event.currentIndex);
  }
}
