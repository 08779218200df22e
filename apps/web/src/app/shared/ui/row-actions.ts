import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

/**
 * The buttons of one row in an ordered list: up, down, edit and delete, each named with the row's item for screen
 * readers ("Ylös: Perusteet"). Up on the first row and down on the last stay focusable but `aria-disabled`, so the
 * focus is never lost. Moving re-renders the list, so the focus goes back to the pressed button (or to its pair
 * once the row has reached either end). Delete only asks: the owner confirms before deleting.
 */
@Component({
  selector: 'app-row-actions',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'row-actions' },
  template: `
    <ng-container *transloco="let t">
      <button
        type="button"
        class="button small"
        [id]="idPrefix() + '-up-' + itemId()"
        [attr.aria-disabled]="first()"
        [attr.aria-label]="t('rowActions.up') + ': ' + itemName()"
        (click)="move('up')"
      >
        {{ t('rowActions.up') }}
      </button>
      <button
        type="button"
        class="button small"
        [id]="idPrefix() + '-down-' + itemId()"
        [attr.aria-disabled]="last()"
        [attr.aria-label]="t('rowActions.down') + ': ' + itemName()"
        (click)="move('down')"
      >
        {{ t('rowActions.down') }}
      </button>
      <button
        type="button"
        class="button small"
        [attr.aria-expanded]="editing()"
        [attr.aria-label]="t('rowActions.edit') + ': ' + itemName()"
        (click)="edit.emit()"
      >
        {{ t('rowActions.edit') }}
      </button>
      <button
        type="button"
        class="button small danger"
        [attr.aria-label]="t('rowActions.delete') + ': ' + itemName()"
        (click)="remove.emit()"
      >
        {{ t('rowActions.delete') }}
      </button>
    </ng-container>
  `,
})
export class RowActions {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  /** What the row shows, for the buttons' accessible names. */
  readonly itemName = input.required<string>();
  /** With `idPrefix`, gives the move buttons stable ids: `<idPrefix>-up-<itemId>`, `<idPrefix>-down-<itemId>`. */
  readonly itemId = input.required<string>();
  readonly idPrefix = input.required<string>();
  readonly first = input(false);
  readonly last = input(false);
  /** Whether the row's edit form is open (the edit button's `aria-expanded`). */
  readonly editing = input(false);
  readonly moveUp = output<void>();
  readonly moveDown = output<void>();
  readonly edit = output<void>();
  readonly remove = output<void>();

  protected move(direction: 'up' | 'down'): void {
    if (direction === 'up' ? this.first() : this.last()) return;
    (direction === 'up' ? this.moveUp : this.moveDown).emit();
    this.keepFocus(direction);
  }

  private keepFocus(pressed: 'up' | 'down'): void {
    // After the list has re-rendered, when the row's new place is known.
    setTimeout(() => {
      const [up, down] = Array.from(this.host.nativeElement.querySelectorAll<HTMLButtonElement>('button'));
      const button = pressed === 'up' ? up : down;
      if (button.getAttribute('aria-disabled') !== 'true') button.focus();
      else (pressed === 'up' ? down : up).focus();
    });
  }
}
