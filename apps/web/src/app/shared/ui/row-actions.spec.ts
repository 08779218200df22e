import { ChangeDetectionStrategy, Component, signal } from '@angular/core';

import { find, render } from '../../../testing/render';
import { RowActions } from './row-actions';

const fi = { rowActions: { up: 'Ylös', down: 'Alas', edit: 'Muokkaa', delete: 'Poista' } };

// A list whose rows move like the course editor's: a move re-renders the list in its new order.
@Component({
  imports: [RowActions],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol>
      @for (item of items(); track item; let i = $index, n = $count) {
        <li>
          <app-row-actions
            idPrefix="item"
            [itemId]="item"
            [itemName]="item"
            [first]="i === 0"
            [last]="i === n - 1"
            [editing]="editing() === item"
            (moveUp)="move(i, i - 1)"
            (moveDown)="move(i, i + 1)"
            (edit)="editing.set(item)"
            (remove)="removed.push(item)"
          />
        </li>
      }
    </ol>
  `,
})
class Host {
  readonly items = signal(['Perusteet', 'Syventävä']);
  readonly editing = signal<string | null>(null);
  readonly removed: string[] = [];
  moves = 0;

  move(from: number, to: number): void {
    this.moves++;
    const list = [...this.items()];
    const [item] = list.splice(from, 1);
    list.splice(to, 0, item);
    this.items.set(list);
  }
}

describe('RowActions', () => {
  async function renderHost() {
    const rendered = render(Host, { fi });
    await rendered.stable();
    return rendered;
  }
  const button = (root: HTMLElement, name: string) =>
    find<HTMLButtonElement>(root, `button[aria-label="${name}"]`);
  const nextTask = () => new Promise((resolve) => setTimeout(resolve));

  it('names every button with its row, and keeps the ends focusable but aria-disabled', async () => {
    const { element } = await renderHost();
    const first = find(element, 'li');
    expect(Array.from(first.querySelectorAll('button')).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Ylös: Perusteet',
      'Alas: Perusteet',
      'Muokkaa: Perusteet',
      'Poista: Perusteet',
    ]);
    expect(Array.from(first.querySelectorAll('button')).map((b) => b.textContent?.trim())).toEqual([
      'Ylös',
      'Alas',
      'Muokkaa',
      'Poista',
    ]);
    for (const b of Array.from(element.querySelectorAll('button'))) {
      // Real buttons: Enter and Space work, and none drops out of the tab order.
      expect(b.type).toBe('button');
      expect(b.disabled).toBe(false);
    }
    expect(button(element, 'Ylös: Perusteet').getAttribute('aria-disabled')).toBe('true');
    expect(button(element, 'Alas: Perusteet').getAttribute('aria-disabled')).toBe('false');
    expect(button(element, 'Alas: Syventävä').getAttribute('aria-disabled')).toBe('true');
    expect(find(element, '#item-down-Perusteet')).toBe(button(element, 'Alas: Perusteet'));
  });

  it('does not move past either end', async () => {
    const { element, component } = await renderHost();
    button(element, 'Ylös: Perusteet').click();
    button(element, 'Alas: Syventävä').click();
    expect(component.moves).toBe(0);
  });

  it('keeps the focus on the pressed button, or on its pair once the row has reached the end', async () => {
    const { element, component, stable } = await renderHost();
    button(element, 'Alas: Perusteet').click();
    await stable();
    await nextTask();
    expect(component.items()).toEqual(['Syventävä', 'Perusteet']);
    // Perusteet is now last: its down button is aria-disabled, so the focus is on its up button.
    expect(document.activeElement).toBe(button(element, 'Ylös: Perusteet'));
  });

  it('asks to edit and to delete, and says which row is being edited', async () => {
    const { element, component, stable } = await renderHost();
    const edit = button(element, 'Muokkaa: Syventävä');
    expect(edit.getAttribute('aria-expanded')).toBe('false');
    edit.click();
    await stable();
    expect(edit.getAttribute('aria-expanded')).toBe('true');
    button(element, 'Poista: Perusteet').click();
    expect(component.removed).toEqual(['Perusteet']);
  });
});
