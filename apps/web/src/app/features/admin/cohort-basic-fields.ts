import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';

import { FORM_FIELD } from '../../shared/ui/form-field';
import type { Errors } from './admin-forms';
import type { CohortForm } from './cohort-forms';

/**
 * The fields a cohort has whether it is new or edited: name (with the warning of a name another cohort has), dates,
 * seats, approval, when enrolment closes, place and online link. Writes into the parent's form object.
 */
@Component({
  selector: 'app-cohort-basic-fields',
  imports: [FormsModule, TranslocoDirective, ...FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin-pages.css',
  host: { style: 'display: contents' },
  template: `
    <ng-container *transloco="let t">
      @let e = errors();
      <app-form-field
        fieldId="name"
        [label]="t('adminArea.newCohort.name')"
        [error]="e['name'] && t('adminArea.errors.' + e['name'])"
      >
        <input appFieldControl name="name" [(ngModel)]="form().name" required autocomplete="off" />
      </app-form-field>
      @if (e['name'] === 'nameTaken' || form().allowDuplicateName) {
        <label class="choice" for="allowDuplicateName">
          <input
            id="allowDuplicateName"
            name="allowDuplicateName"
            type="checkbox"
            [(ngModel)]="form().allowDuplicateName"
          />
          {{ t('adminArea.newCohort.allowDuplicateName') }}
        </label>
      }

      <app-form-field
        fieldId="startsOn"
        [label]="t('adminArea.newCohort.startsOn')"
        [error]="e['startsOn'] && t('adminArea.errors.' + e['startsOn'])"
      >
        <input appFieldControl name="startsOn" type="date" [(ngModel)]="form().startsOn" required />
      </app-form-field>

      <app-form-field
        fieldId="endsOn"
        [label]="t('adminArea.newCohort.endsOn')"
        [error]="e['endsOn'] && t('adminArea.errors.' + e['endsOn'])"
      >
        <input appFieldControl name="endsOn" type="date" [(ngModel)]="form().endsOn" required />
      </app-form-field>

      <app-form-field
        fieldId="capacity"
        [label]="t('adminArea.newCohort.capacity')"
        [error]="e['capacity'] && t('adminArea.errors.' + e['capacity'])"
      >
        <input
          appFieldControl
          name="capacity"
          type="number"
          min="1"
          max="100000"
          step="1"
          inputmode="numeric"
          [(ngModel)]="form().capacity"
          required
        />
      </app-form-field>

      <label class="choice" for="approvalRequired">
        <input
          id="approvalRequired"
          name="approvalRequired"
          type="checkbox"
          [(ngModel)]="form().approvalRequired"
        />
        {{ t('adminArea.newCohort.approvalRequired') }}
      </label>

      <app-form-field
        fieldId="enrollmentClosesAt"
        [label]="t('adminArea.newCohort.closesAt')"
        hintId="closesAt-hint"
        [hint]="t('adminArea.newCohort.closesAtHint')"
        [error]="e['enrollmentClosesAt'] && t('adminArea.errors.' + e['enrollmentClosesAt'])"
      >
        <input
          appFieldControl
          name="enrollmentClosesAt"
          type="datetime-local"
          [(ngModel)]="form().enrollmentClosesAt"
        />
      </app-form-field>

      <app-form-field
        fieldId="place"
        [label]="t('adminArea.newCohort.place')"
        [hint]="t('adminArea.newCohort.placeHint')"
        [error]="e['place'] && t('adminArea.errors.' + e['place'])"
      >
        <input appFieldControl name="place" maxlength="300" [(ngModel)]="form().place" autocomplete="off" />
      </app-form-field>

      <app-form-field
        fieldId="onlineUrl"
        [label]="t('adminArea.newCohort.onlineUrl')"
        [hint]="t('adminArea.newCohort.onlineUrlHint')"
        [error]="e['onlineUrl'] && t('adminArea.errors.' + e['onlineUrl'])"
      >
        <input appFieldControl name="onlineUrl" type="url" inputmode="url" [(ngModel)]="form().onlineUrl" />
      </app-form-field>
    </ng-container>
  `,
})
export class CohortBasicFields {
  readonly form = input.required<CohortForm>();
  readonly errors = input.required<Errors<string>>();
}
