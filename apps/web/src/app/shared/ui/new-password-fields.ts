import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ControlContainer, FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';

/**
 * A new password and its repetition, inside the form group of the page that holds it (the reset link's page, the
 * profile): the same labels, hint, length and autocomplete everywhere a password is chosen twice.
 */
@Component({
  selector: 'app-new-password-fields',
  imports: [ReactiveFormsModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  viewProviders: [{ provide: ControlContainer, useExisting: FormGroupDirective }],
  host: { style: 'display: contents' },
  template: `
    <ng-container *transloco="let t">
      <label [for]="control()">{{ t('profile.newPassword') }}</label>
      <input
        [id]="control()"
        type="password"
        [formControlName]="control()"
        autocomplete="new-password"
        minlength="12"
        [attr.aria-describedby]="control() + '-hint'"
        required
      />
      <p [id]="control() + '-hint'" class="note">{{ t('register.passwordHint') }}</p>
      <label for="repeat">{{ t('profile.repeatPassword') }}</label>
      <input
        id="repeat"
        type="password"
        formControlName="repeat"
        autocomplete="new-password"
        required
        [attr.aria-invalid]="mismatch()"
      />
    </ng-container>
  `,
})
export class NewPasswordFields {
  /** The form control of the new password, also its input's id; its repetition is the control `repeat`. */
  readonly control = input.required<string>();
  /** The two differ: the repetition is marked invalid. */
  readonly mismatch = input(false);
}
