import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * One select of a list's filter form: "any" first, then the choices, each named by the translation under
 * `labelKey` (`labelKey + choice`) or by `labels` (e.g. organisations by name). Two-way bound to the filter.
 */
@Component({
  selector: 'app-filter-select',
  imports: [FormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The field stays an item of the filter form's grid.
  host: { style: 'display: contents' },
  template: `
    <div class="field">
      <label [for]="fieldId()">{{ label() }}</label>
      <select [id]="fieldId()" [name]="name()" [ngModel]="value()" (ngModelChange)="value.set($event)">
        <option value="">{{ anyText() }}</option>
        @for (choice of choices(); track choice) {
          <option [value]="choice">{{ labels()?.get(choice) ?? (labelKey() + choice | transloco) }}</option>
        }
      </select>
    </div>
  `,
})
export class FilterSelect<V extends string> {
  readonly fieldId = input.required<string>();
  readonly name = input.required<string>();
  readonly label = input.required<string>();
  readonly anyText = input.required<string>();
  readonly choices = input.required<readonly V[]>();
  readonly labelKey = input('');
  readonly labels = input<ReadonlyMap<V, string>>();
  readonly value = model.required<V | ''>();
}
