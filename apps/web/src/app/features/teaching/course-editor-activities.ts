import { CdkDrag, CdkDragDrop, CdkDragHandle, CdkDropList } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { ActivityResponse, ModuleResponse } from '@keino/contracts';

import { ActivityForm } from './activity-form';
import { CourseEditorStore } from './course-editor-store';
import { RowActions } from '../../shared/ui/row-actions';

/** One module's activities in order (its own drop list: activities move within their module), and adding one. */
@Component({
  selector: 'app-course-editor-activities',
  imports: [ActivityForm, CdkDrag, CdkDragHandle, CdkDropList, RowActions, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // No box of its own: the list and the add button lay out as parts of the module's card.
  host: { style: 'display: contents' },
  template: `
    <ng-container *transloco="let t">
      <ol
        class="editor-list activities-edit"
        cdkDropList
        [attr.aria-labelledby]="'module-' + module().id"
        (cdkDropListDropped)="dropActivity($event)"
      >
        @for (a of module().activities; track a.id; let j = $index, n = $count) {
          <li class="editor-activity" cdkDrag [cdkDragData]="a">
            <div class="editor-row">
              <span class="handle" cdkDragHandle aria-hidden="true" [title]="t('editor.dragHint')">⠿</span>
              <div class="grow">
                <h4>{{ a.title }}</h4>
                <p class="meta">
                  {{ t('kind.' + a.kind) }} ·
                  {{ a.required ? t('player.required') : t('player.optional') }}
                </p>
              </div>
              <app-row-actions
                idPrefix="activity"
                [itemId]="a.id"
                [itemName]="a.title"
                [first]="j === 0"
                [last]="j === n - 1"
                [editing]="store.editing() === 'activity:' + a.id"
                (moveUp)="store.moveActivity(module(), j, j - 1)"
                (moveDown)="store.moveActivity(module(), j, j + 1)"
                (edit)="store.editing.set('activity:' + a.id)"
                (remove)="store.askDeleteActivity(a)"
              />
            </div>
            @if (store.editing() === 'activity:' + a.id) {
              <app-activity-form
                [activity]="a"
                [busy]="store.busy() === 'activity:' + a.id"
                (save)="store.updateActivity(a, $event)"
                (cancelled)="store.editing.set(null)"
              />
            }
          </li>
        }
      </ol>
      @if (store.editing() === 'new-activity:' + module().id) {
        <app-activity-form
          [busy]="store.busy() === 'new-activity:' + module().id"
          (save)="store.createActivity(module(), $event)"
          (cancelled)="store.editing.set(null)"
        />
      } @else {
        <button
          type="button"
          class="button"
          [attr.aria-label]="t('editor.addActivity') + ': ' + module().title"
          (click)="store.editing.set('new-activity:' + module().id)"
        >
          {{ t('editor.addActivity') }}
        </button>
      }
    </ng-container>
  `,
})
export class CourseEditorActivities {
  protected readonly store = inject(CourseEditorStore);
  readonly module = input.required<ModuleResponse>();

  protected dropActivity(event: CdkDragDrop<unknown, unknown, ActivityResponse>): void {
    if (event.previousIndex !== event.currentIndex) {
      this.store.moveActivity(this.module(), event.previousIndex, event.currentIndex);
    }
  }
}
