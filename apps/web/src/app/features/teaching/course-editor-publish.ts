import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

import { CourseEditorStore } from './course-editor-store';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';

/** Publishing the draft as its next version (after a confirmation), and the versions published so far. */
@Component({
  selector: 'app-course-editor-publish',
  imports: [LocalDatePipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.course(); as c) {
      <ng-container *transloco="let t">
        <h2>{{ t('editor.publishTitle') }}</h2>
        <p>{{ t('editor.publishHelp') }}</p>
        @if (c.latestVersion && !store.unpublished()) {
          <!-- Nothing changed since the latest version: publishing again would only copy it. -->
          <p class="note">{{ t('editor.upToDate', { version: c.latestVersion }) }}</p>
        } @else {
          <button
            type="button"
            class="button primary"
            [attr.aria-disabled]="store.busy() === 'publish'"
            (click)="store.askPublish()"
          >
            {{ t('editor.publish', { version: (c.latestVersion ?? 0) + 1 }) }}
          </button>
        }
        @if (store.publishError(); as e) {
          <p class="message" role="alert">{{ t(e) }}</p>
        }

        <h2 id="versions-title">{{ t('editor.versions') }}</h2>
        @if (store.versions().length === 0) {
          <p>{{ t('editor.noVersions') }}</p>
        } @else {
          <div class="table-scroll" role="region" aria-labelledby="versions-title" tabindex="0">
            <table class="grid versions">
              <caption class="visually-hidden">
                {{
                  t('editor.versions')
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ t('editor.version') }}</th>
                  <th scope="col">{{ t('editor.publishedAt') }}</th>
                  <th scope="col">{{ t('editor.publishedBy') }}</th>
                </tr>
              </thead>
              <tbody>
                @for (v of store.versions(); track v.version) {
                  <tr>
                    <th scope="row">{{ v.version }}</th>
                    <td>{{ v.publishedAt | localDate: 'dateTime' }}</td>
                    <td>{{ v.publishedBy ?? t('editor.erasedUser') }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      </ng-container>
    }
  `,
})
export class CourseEditorPublish {
  protected readonly store = inject(CourseEditorStore);
}
