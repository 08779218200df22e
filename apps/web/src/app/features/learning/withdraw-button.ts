import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

import { LearningApi } from './learning-api';

/**
 * Withdrawal of the caller's own enrolment. It frees the seat for the next on the waitlist and cannot be undone
 * here, so it takes a second, explicit click; the parent announces the result in its live region.
 */
@Component({
  selector: 'app-withdraw-button',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .confirm {
      border-left: 4px solid var(--danger);
      padding: 0.25rem 0 0.25rem 1rem;
      margin-top: 1rem;
    }
    .confirm .button {
      margin-right: 0.75rem;
    }
  `,
  template: `
    <ng-container *transloco="let t">
      @if (!confirming()) {
        <button
          type="button"
          class="button danger"
          [attr.aria-label]="t('dashboard.withdraw.buttonFor', { name: name() })"
          (click)="confirming.set(true)"
        >
          {{ t('dashboard.withdraw.button') }}
        </button>
      } @else {
        <div
          class="confirm"
          role="group"
          [attr.aria-label]="t('dashboard.withdraw.buttonFor', { name: name() })"
        >
          <p>
            {{
              t(active() ? 'dashboard.withdraw.warningActive' : 'dashboard.withdraw.warning', {
                name: name(),
              })
            }}
          </p>
          <button type="button" class="button danger" [disabled]="busy()" (click)="withdraw()">
            {{ t('dashboard.withdraw.confirm') }}
          </button>
          <button type="button" class="button" [disabled]="busy()" (click)="confirming.set(false)">
            {{ t('dashboard.withdraw.cancel') }}
          </button>
        </div>
      }
    </ng-container>
  `,
})
export class WithdrawButton {
  private readonly api = inject(LearningApi);
  readonly enrollmentId = input.required<string>();
  /** The cohort's name, for the button's accessible name and the warning. */
  readonly name = input.required<string>();
  /** An active seat goes to the next on the waitlist: the warning says so. */
  readonly active = input(false);
  readonly done = output<'withdrawn' | 'failed'>();
  protected readonly confirming = signal(false);
  protected readonly busy = signal(false);

  protected withdraw(): void {
    this.busy.set(true);
    this.api.withdraw(this.enrollmentId()).subscribe({
      next: () => {
        this.busy.set(false);
        this.confirming.set(false);
        this.done.emit('withdrawn');
      },
      error: () => {
        this.busy.set(false);
        this.done.emit('failed');
      },
    });
  }
}
