import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CourseDetailResponse } from '@keino/contracts';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';

/**
 * The draft as participants will see it: the same structure, classes and content rendering as the course player
 * (learning/course-player.ts), without progress or buttons that would act.
 */
@Component({
  selector: 'app-course-preview',
  imports: [LocalDatePipe, TranslocoDirective],
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
                <h3>{{ a.title }}</h3>
                <p class="meta">
                  {{ t('kind.' + a.kind) }} · {{ a.required ? t('player.required') : t('player.optional') }}
                </p>
                @if (a.content) {
                  <div class="content" [innerHTML]="a.content"></div>
                }
                @if (a.kind === 'link' && a.url) {
                  <p>
                    <a [href]="a.url" target="_blank" rel="noopener noreferrer">{{ t('player.open') }}</a>
                  </p>
                }
                @if (a.kind === 'workshop') {
                  <p>
                    @if (a.startsAt) {
                      {{ a.startsAt | localDate: 'd.M.yyyy HH:mm' }}
                    }
                    @if (a.location) {
                      · {{ a.location }}
                    }
                  </p>
                  <p class="note">{{ t('player.attendance') }}</p>
                }
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
