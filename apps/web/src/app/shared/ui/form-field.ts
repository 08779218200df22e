import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, Directive, inject, input } from '@angular/core';

/**
 * What a field and a fieldset share: the label, hint and error, the ids those get, and the `aria-describedby` that
 * names those shown.
 */
@Directive()
abstract class DescribedField {
  /** The control's id (a fieldset's: the prefix of its hint and error ids). */
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input<string | null>();
  /** Another id for the hint than `<fieldId>-hint`. */
  readonly hintId = input<string | undefined>(undefined);
  /** Another id for the error than `<fieldId>-error`. */
  readonly errorId = input<string | undefined>(undefined);
  /** The message shown while the value is refused; none when it is fine. */
  readonly error = input<string | null>();

  readonly hintElementId = computed(() => this.hintId() ?? `${this.fieldId()}-hint`);
  readonly errorElementId = computed(() => this.errorId() ?? `${this.fieldId()}-error`);
  /** The hint, then the error: read after the label, in the order they stand. */
  readonly describedBy = computed(
    () =>
      [this.hint() ? this.hintElementId() : '', this.error() ? this.errorElementId() : '']
        .filter(Boolean)
        .join(' ') || null,
  );
}

/**
 * One labelled form control with an optional hint and error message: the label points at the control, the control
 * is `aria-invalid` while there is an error and `aria-describedby` names the hint and the error. Mark the projected
 * control with `appFieldControl`; it gets its `id` from the field. Works with template-driven and reactive forms:
 * the field only reads the message it is given (`null` when the value is fine).
 *
 * ```html
 * <app-form-field fieldId="name" [label]="t('name')" [error]="nameError()">
 *   <input appFieldControl formControlName="name" />
 * </app-form-field>
 * ```
 */
@Component({
  selector: 'app-form-field',
  imports: [NgTemplateOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The label, control, hint and error stay items of the form's own grid.
  host: { style: 'display: contents' },
  template: `
    <ng-template #hintText>
      @if (hint(); as text) {
        <p [id]="hintElementId()" class="note" [class.above]="hintAbove()">{{ text }}</p>
      }
    </ng-template>
    <label [for]="fieldId()">{{ label() }}</label>
    @if (hintAbove()) {
      <ng-container [ngTemplateOutlet]="hintText" />
    }
    <ng-content />
    @if (!hintAbove()) {
      <ng-container [ngTemplateOutlet]="hintText" />
    }
    @if (error(); as message) {
      <p [id]="errorElementId()" class="field-error">{{ message }}</p>
    }
  `,
  styles: `
    /* A hint between a label and its control sits close to both. */
    .note.above {
      margin: 0 0 0.2rem;
    }
  `,
})
export class FormField extends DescribedField {
  /** The hint between the label and the control, instead of below the control. */
  readonly hintAbove = input(false);
}

/**
 * A group of choices (checkboxes) as one field: a fieldset whose legend is the label, described by its hint and
 * error. The checkboxes are projected as they are.
 */
@Component({
  selector: 'app-form-fieldset',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  template: `
    <fieldset [class.invalid]="!!error()" [attr.aria-describedby]="describedBy()">
      <legend>{{ label() }}</legend>
      @if (hint(); as text) {
        <p [id]="hintElementId()" class="note">{{ text }}</p>
      }
      <ng-content />
      @if (error(); as message) {
        <p [id]="errorElementId()" class="field-error">{{ message }}</p>
      }
    </fieldset>
  `,
  styles: `
    fieldset {
      border: 1px solid #c9d1dc;
      border-radius: 4px;
      margin: 0.75rem 0 0;
      padding: 0.5rem 1rem 0.75rem;
      min-width: 0;
    }
    fieldset.invalid {
      border: 2px solid var(--danger);
    }
    legend {
      font-weight: 600;
      padding: 0 0.25rem;
    }
  `,
})
export class FormFieldset extends DescribedField {}

/** The control of an `<app-form-field>`: takes the field's id, `aria-invalid` and `aria-describedby`. */
@Directive({
  selector: '[appFieldControl]',
  host: {
    '[id]': 'field.fieldId()',
    '[attr.aria-invalid]': '!!field.error()',
    '[attr.aria-describedby]': 'field.describedBy()',
  },
})
export class FieldControl {
  protected readonly field = inject(FormField);
}

/** Everything a form with fields imports. */
export const FORM_FIELD = [FormField, FormFieldset, FieldControl] as const;
