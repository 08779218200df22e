import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import type { ActivityResponse, ModuleResponse } from '@keino/contracts';

import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { FORM_FIELD } from '../../shared/ui/form-field';
import type { Errors } from './admin-forms';
import type { CohortForm } from './cohort-forms';

/**
 * A cohort's own calendar for its course version: a release date for every module and, where the course has
 * workshops, a time for each (suggested from the release plan on request). Writes into the parent's form object (its `releases` and `workshops`).
 */
@Component({
  selector: 'app-cohort-schedule-fields',
  imports: [FormsModule, LocalDatePipe, TranslocoDirective, ...FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The admin pages' look of fields (e.g. the border of a refused date) reaches into this component too.
  styleUrl: './admin-pages.css',
  host: { style: 'display: contents' },
  template: `
    <ng-container *transloco="let t">
      <app-form-fieldset
        fieldId="releases"
        [label]="t('adminArea.newCohort.releases')"
        [hint]="t('adminArea.newCohort.releasesHint')"
      >
        @if (status() === 'loading') {
          <p role="status">{{ t('common.loading') }}</p>
        } @else if (status() === 'failed') {
          <p class="message" role="alert">{{ t('common.failed') }}</p>
        } @else if (modules().length === 0) {
          <p class="note">{{ t('adminArea.newCohort.chooseCourseFirst') }}</p>
        } @else {
          @for (m of modules(); track m.id; let i = $index) {
            @let e = errors()['release-' + m.id];
            <div class="field">
              <app-form-field
                [fieldId]="'release-' + m.id"
                [label]="i + 1 + '. ' + m.title"
                [error]="e && t('adminArea.errors.' + e)"
              >
                <input
                  appFieldControl
                  type="date"
                  [name]="'release-' + m.id"
                  [(ngModel)]="form().releases[m.id]"
                />
              </app-form-field>
            </div>
          }
        }
      </app-form-fieldset>

      @if (workshops().length > 0) {
        <app-form-fieldset
          fieldId="workshops"
          [label]="t('adminArea.newCohort.workshops')"
          [hint]="t('adminArea.newCohort.workshopsHint')"
        >
          <p>
            <button type="button" class="button" (click)="suggest.emit()">
              {{ t('adminArea.newCohort.suggestWorkshops') }}
            </button>
          </p>
          @for (w of workshops(); track w.id) {
            @let e = errors()['workshop-' + w.id];
            <div class="field">
              <app-form-field
                [fieldId]="'workshop-' + w.id"
                [label]="w.title"
                [hintId]="'workshop-' + w.id + '-default'"
                [hint]="
                  w.startsAt
                    ? t('adminArea.newCohort.workshopDefault', {
                        time: (w.startsAt | localDate: 'dateTime'),
                        place: w.location ?? '–',
                      })
                    : t('adminArea.newCohort.workshopNoDefault')
                "
                [error]="e && t('adminArea.errors.' + e)"
              >
                <input
                  appFieldControl
                  type="datetime-local"
                  [name]="'workshop-' + w.id"
                  [(ngModel)]="form().workshops[w.id]"
                />
              </app-form-field>
            </div>
          }
        </app-form-fieldset>
      }
    </ng-container>
  `,
})
export class CohortScheduleFields {
  /** The modules of the chosen course version, in course order. */
  readonly modules = input.required<ModuleResponse[]>();
  readonly status = input.required<'idle' | 'loading' | 'ready' | 'failed'>();
  /** The parent's form: the date inputs write into its `releases` and `workshops` as they are typed. */
  readonly form = input.required<CohortForm>();
  readonly errors = input.required<Errors<string>>();
  /** The version's workshops (the parent validates their times): each may meet at a time of this cohort's own. */
  readonly workshops = input.required<ActivityResponse[]>();
  /** The admin asks for times from the release plan (the parent fills the empty ones). */
  readonly suggest = output();
}
