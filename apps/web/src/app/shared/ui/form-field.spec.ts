import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';

import { find, render } from '../../../testing/render';
import { FORM_FIELD } from './form-field';

@Component({
  imports: [ReactiveFormsModule, ...FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form">
      <app-form-field fieldId="name" label="Nimi" [error]="nameError()">
        <input appFieldControl formControlName="name" />
      </app-form-field>
      <app-form-field
        fieldId="code"
        label="Koodi"
        hint="Kahdeksan numeroa"
        [hintAbove]="true"
        [error]="codeError()"
      >
        <input appFieldControl formControlName="code" />
      </app-form-field>
      <app-form-fieldset fieldId="themes" label="Teemat" hint="Yksi tai useampi" [error]="themesError()">
        <label><input type="checkbox" /> Ilmasto</label>
      </app-form-fieldset>
    </form>
  `,
})
class Host {
  readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: Validators.required }),
    code: new FormControl('', { nonNullable: true }),
  });
  readonly nameError = signal<string | null>(null);
  readonly codeError = signal<string | null>(null);
  readonly themesError = signal<string | null>(null);

  /** What a reactive form's submit does: a message for each refused control. */
  check(): void {
    this.nameError.set(this.form.controls.name.hasError('required') ? 'Nimi puuttuu' : null);
  }
}

describe('FormField', () => {
  it('labels the control and describes it by nothing while the value is fine', async () => {
    const { element, stable } = render(Host);
    await stable();
    const input = find<HTMLInputElement>(element, '#name');
    expect(find(element, 'label[for="name"]').textContent?.trim()).toBe('Nimi');
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    expect(element.querySelector('#name-error')).toBeNull();
  });

  it('marks a refused reactive control invalid and describes it by its error', async () => {
    const { component, element, stable } = render(Host);
    await stable();
    component.check();
    await stable();
    const input = find(element, '#name');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('name-error');
    expect(find(element, '#name-error').textContent?.trim()).toBe('Nimi puuttuu');

    component.form.controls.name.setValue('Hilla');
    component.check();
    await stable();
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(element.querySelector('#name-error')).toBeNull();
  });

  it('names the hint, then the error, and can put the hint above the control', async () => {
    const { component, element, stable } = render(Host);
    await stable();
    const input = find(element, '#code');
    expect(input.getAttribute('aria-describedby')).toBe('code-hint');
    expect(find(element, '#code-hint').nextElementSibling).toBe(input);

    component.codeError.set('Väärä muoto');
    await stable();
    expect(input.getAttribute('aria-describedby')).toBe('code-hint code-error');
  });

  it('describes a group of choices by its hint and error, on the fieldset', async () => {
    const { component, element, stable } = render(Host);
    await stable();
    const fieldset = find(element, 'fieldset');
    expect(find(fieldset, 'legend').textContent?.trim()).toBe('Teemat');
    expect(fieldset.getAttribute('aria-describedby')).toBe('themes-hint');

    component.themesError.set('Valitse teema');
    await stable();
    expect(fieldset.getAttribute('aria-describedby')).toBe('themes-hint themes-error');
    expect(fieldset.classList).toContain('invalid');
    expect(find(element, '#themes-error').textContent?.trim()).toBe('Valitse teema');
  });
});
