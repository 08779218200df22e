import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  CASE_PROCEDURES,
  CASE_THEMES,
  LOCALES,
  type CaseTheme,
  type OrganizationResponse,
} from '@keino/contracts';

import { FORM_FIELD } from '../../shared/ui/form-field';
import type { CaseErrors, CaseForm } from './case-form';

type LineField = 'cpvCode' | 'contactName' | 'contactEmail';
type TextField = 'summary' | 'purchased' | 'sustainabilityCriteria' | 'innovationCriteria' | 'results';
interface ChoiceField {
  field: 'language' | 'procedure';
  options: readonly string[];
  labelKey: string;
}
/** A one-line field after the themes: its hint shows above it where it has one. */
interface TextLine {
  field: LineField;
  max: number;
  autocomplete: string;
  hint: boolean;
  type?: 'email';
  inputmode?: 'numeric';
}
interface TextArea {
  field: TextField;
  rows: number;
  max: number;
}

/**
 * The fields of a case, in the order the editor focuses errors (`CASE_FIELDS`): each with its hint above it and its
 * error below. Writes into the editor's form object as the author types; the editor owns saving and publishing.
 */
@Component({
  selector: 'app-case-fields',
  imports: [FormsModule, TranslocoDirective, ...FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The editor's look of fields (text areas, the border of a refused one) reaches into this component too.
  styleUrl: './cases.css',
  host: { style: 'display: contents' },
  template: `
    <ng-container *transloco="let t">
      @let e = errors();
      @if (organizations(); as choices) {
        <app-form-field
          fieldId="case-organization"
          [label]="t('cases.fields.organization')"
          [hint]="t('cases.hints.organization')"
          [hintAbove]="true"
        >
          <select appFieldControl name="organizationId" [(ngModel)]="organizationId" required>
            <option value="">{{ t('cases.editor.chooseOrganization') }}</option>
            @for (o of choices; track o.id) {
              <option [value]="o.id">{{ o.name }}</option>
            }
          </select>
        </app-form-field>
      }

      <app-form-field
        fieldId="case-title"
        [label]="t('cases.fields.title')"
        [hint]="t('cases.hints.title')"
        [hintAbove]="true"
        [error]="e.title && t('cases.errors.' + e.title)"
      >
        <input
          appFieldControl
          name="title"
          [(ngModel)]="form().title"
          maxlength="200"
          autocomplete="off"
          required
        />
      </app-form-field>

      @for (c of choices; track c.field) {
        <app-form-field
          [fieldId]="'case-' + c.field"
          [label]="t('cases.fields.' + c.field)"
          [hint]="t('cases.hints.' + c.field)"
          [hintAbove]="true"
        >
          <select appFieldControl [name]="c.field" [attr.name]="c.field" [(ngModel)]="form()[c.field]">
            @for (option of c.options; track option) {
              <option [value]="option">{{ t(c.labelKey + option) }}</option>
            }
          </select>
        </app-form-field>
      }

      @for (f of texts; track f.field) {
        <app-form-field
          [fieldId]="'case-' + f.field"
          [label]="t('cases.fields.' + f.field)"
          [hint]="t('cases.hints.' + f.field)"
          [hintAbove]="true"
          [error]="e[f.field] && t('cases.errors.' + e[f.field])"
        >
          <textarea
            appFieldControl
            [name]="f.field"
            [rows]="f.rows"
            [maxlength]="f.max"
            [(ngModel)]="form()[f.field]"
          ></textarea>
        </app-form-field>
      }

      <app-form-fieldset
        fieldId="case-themes"
        [label]="t('cases.fields.themes')"
        [hint]="t('cases.hints.themes')"
        [error]="e.themes && t('cases.errors.' + e.themes)"
      >
        <ul class="choices">
          @for (theme of themes; track theme; let first = $first) {
            <li>
              <label class="choice">
                <input
                  type="checkbox"
                  [id]="first ? 'case-themes' : 'case-theme-' + theme"
                  [name]="'theme-' + theme"
                  [checked]="form().themes.includes(theme)"
                  [attr.aria-invalid]="!!e.themes"
                  (change)="setTheme(theme, $any($event.target).checked)"
                />
                {{ t('cases.themes.' + theme) }}
              </label>
            </li>
          }
        </ul>
      </app-form-fieldset>

      <!-- [name] names the control in the form, [attr.name] keeps the element's own name (autofill reads it). -->
      @for (f of lines; track f.field) {
        <app-form-field
          [fieldId]="'case-' + f.field"
          [label]="t('cases.fields.' + f.field)"
          [hint]="f.hint ? t('cases.hints.' + f.field) : null"
          [hintAbove]="true"
          [error]="e[f.field] && t('cases.errors.' + e[f.field])"
        >
          <input
            appFieldControl
            [name]="f.field"
            [attr.name]="f.field"
            [attr.type]="f.type"
            [(ngModel)]="form()[f.field]"
            [maxlength]="f.max"
            [attr.autocomplete]="f.autocomplete"
            [attr.inputmode]="f.inputmode"
          />
        </app-form-field>
      }
    </ng-container>
  `,
})
export class CaseFields {
  /** The editor's form: the fields write into it as they are typed. */
  readonly form = input.required<CaseForm>();
  readonly errors = input.required<CaseErrors>();
  /** The organisations an admin without one may write for; none when the case's organisation is settled. */
  readonly organizations = input<OrganizationResponse[] | null>(null);
  readonly organizationId = model('');
  /** The two fields chosen from a list, which are never refused. */
  protected readonly choices: ChoiceField[] = [
    { field: 'language', options: LOCALES, labelKey: 'cases.languages.' },
    { field: 'procedure', options: CASE_PROCEDURES, labelKey: 'cases.procedures.' },
  ];
  protected readonly themes = CASE_THEMES;
  protected readonly lines: TextLine[] = [
    { field: 'cpvCode', max: 10, autocomplete: 'off', hint: true, inputmode: 'numeric' },
    { field: 'contactName', max: 120, autocomplete: 'name', hint: false },
    { field: 'contactEmail', max: 254, autocomplete: 'email', hint: true, type: 'email' },
  ];
  protected readonly texts: TextArea[] = [
    { field: 'summary', rows: 4, max: 2000 },
    { field: 'purchased', rows: 4, max: 10_000 },
    { field: 'sustainabilityCriteria', rows: 5, max: 10_000 },
    { field: 'innovationCriteria', rows: 5, max: 10_000 },
    { field: 'results', rows: 5, max: 10_000 },
  ];

  protected setTheme(theme: CaseTheme, on: boolean): void {
    const form = this.form();
    form.themes = CASE_THEMES.filter((t) => (t === theme ? on : form.themes.includes(t)));
  }
}
