import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CourseDetailResponse } from '@keino/contracts';
import { ActivityView } from '../../shared/ui/activity-view';

/**
 * The draft as participants will see it: the same structure and classes as the course player
 * (learning/course-player.ts) and the same ActivityView, without progress or buttons that would act.
 */
@Component({
  selector: 'app-course-preview',
  imports: [ActivityView, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="preview" *transloco="let t">
      <p class="note">{{ t('editor.previewNote') }}</p>
      @if (course().summary) {
        <p class="lead">{{ course().summary }}</p>
      }
      @if (course().modules.length === 0) {
        <p>{{ t('editor.noModules') }}</p>
      }
      @for (m of course().modules; track m.id; let i = $index) {
        <section class="module" [attr.aria-labelledby]="'preview-module-' + m.id">
          <h2 [id]="'preview-module-' + m.id">{{ i + 1 }}. {{ m.title }}</h2>
          @if (m.summary) {
            <p class="meta">{{ m.summary }}</p>
          }
          <ol class="activities">
            @for (a of m.activities; track a.id) {
              <li class="activity">
                <app-activity-view [activity]="a" />
              </li>
            }
          </ol>
        </section>
      }
    </div>
  `,
})
export class CoursePreview {
  readonly course = input.required<CourseDetailResponse>();
}
