import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormsModule } from '@angular/forms';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Editor } from '@tiptap/core';

import { find } from '../../../testing/render';
import { normalisedHref, RichTextEditor } from './rich-text-editor';

const fi = {
  editor: {
    rte: {
      toolbar: 'Tekstin muotoilu',
      h2: 'Otsikko',
      h3: 'Alaotsikko',
      bold: 'Lihavointi',
      italic: 'Kursivointi',
      bulletList: 'Luettelo',
      orderedList: 'Numeroitu luettelo',
      link: 'Linkki',
      undo: 'Kumoa',
      redo: 'Tee uudelleen',
      href: 'Linkin osoite',
      hrefInvalid: 'Virheellinen',
      applyLink: 'Lisää linkki',
      removeLink: 'Poista linkki',
      cancel: 'Peruuta',
      loading: 'Ladataan',
      failed: 'Epäonnistui',
    },
  },
};

@Component({
  imports: [FormsModule, RichTextEditor],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span id="content-label">Sisältö</span>
    @if (shown()) {
      <app-rich-text-editor name="content" labelledBy="content-label" [(ngModel)]="html" />
    }
  `,
})
class Host {
  readonly html = signal('<p>Hei maailma</p>');
  readonly shown = signal(true);
}

// jsdom lays nothing out; ProseMirror asks for rectangles when it scrolls the selection into view.
function stubLayout(): void {
  const rect = { top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, x: 0, y: 0, toJSON: () => ({}) };
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => rect as DOMRect;
  document.elementFromPoint = () => null;
}

describe('RichTextEditor', () => {
  let fixture: ComponentFixture<Host>;
  let el: HTMLElement;

  beforeEach(async () => {
    stubLayout();
    TestBed.configureTestingModule({
      imports: [
        Host,
        TranslocoTestingModule.forRoot({
          langs: { fi },
          translocoConfig: { availableLangs: ['fi'], defaultLang: 'fi' },
        }),
      ],
    });
    fixture = TestBed.createComponent(Host);
    el = fixture.nativeElement;
    await fixture.whenStable();
    // tiptap loads on first use; wait for its editable area.
    for (let i = 0; i < 100 && !el.querySelector('[contenteditable]'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await fixture.whenStable();
  });

  const editable = () => find(el, '[contenteditable]');
  const button = (name: string) => find<HTMLButtonElement>(el, `button[aria-label="${name}"]`);
  // Ctrl+A, as a user would select everything (ProseMirror's own key binding).
  const selectAll = () =>
    editable().dispatchEvent(new KeyboardEvent('keydown', { key: 'a', ctrlKey: true, bubbles: true }));

  it('shows the form value in a labelled, multi-line text box', () => {
    const area = editable();
    expect(area.getAttribute('role')).toBe('textbox');
    expect(area.getAttribute('aria-multiline')).toBe('true');
    expect(area.getAttribute('aria-labelledby')).toBe('content-label');
    expect(area.innerHTML).toContain('Hei maailma');
    expect(find(el, '[role=toolbar]').getAttribute('aria-label')).toBe('Tekstin muotoilu');
  });

  it('bolds the selection, tells the toolbar it is pressed, and writes the HTML back to the form', async () => {
    expect(button('Lihavointi').getAttribute('aria-pressed')).toBe('false');
    expect(button('Kumoa').getAttribute('aria-disabled')).toBe('true');
    selectAll();
    button('Lihavointi').click();
    await fixture.whenStable();
    expect(fixture.componentInstance.html()).toBe('<p><strong>Hei maailma</strong></p>');
    expect(button('Lihavointi').getAttribute('aria-pressed')).toBe('true');
    expect(button('Kumoa').getAttribute('aria-disabled')).toBeNull();
    // Undo is not a toggle: it has no pressed state.
    expect(button('Kumoa').hasAttribute('aria-pressed')).toBe(false);
    button('Kumoa').click();
    await fixture.whenStable();
    expect(fixture.componentInstance.html()).toBe('<p>Hei maailma</p>');
  });

  it('makes a heading and a numbered list from the toolbar', async () => {
    selectAll();
    button('Otsikko').click();
    await fixture.whenStable();
    expect(fixture.componentInstance.html()).toBe('<h2>Hei maailma</h2>');
    expect(button('Otsikko').getAttribute('aria-pressed')).toBe('true');
    button('Numeroitu luettelo').click();
    await fixture.whenStable();
    expect(fixture.componentInstance.html()).toContain('<ol>');
  });

  it('adds a link from the address field, refusing a script address', async () => {
    selectAll();
    button('Linkki').click();
    await fixture.whenStable();
    expect(button('Linkki').getAttribute('aria-expanded')).toBe('true');
    const href = find<HTMLInputElement>(el, 'input[type=url]');
    href.value = 'javascript:alert(1)';
    href.dispatchEvent(new Event('input'));
    find(el, '.rte-link .button.primary').click();
    await fixture.whenStable();
    expect(find(el, '.rte-link .message').textContent).toContain('Virheellinen');
    href.value = 'kunta.fi/hankinnat';
    href.dispatchEvent(new Event('input'));
    find(el, '.rte-link .button.primary').click();
    await fixture.whenStable();
    expect(fixture.componentInstance.html()).toContain('href="https://kunta.fi/hankinnat"');
    expect(el.querySelector('.rte-link')).toBeNull();
  });

  it('is one tab stop; arrow keys, Home and End move along the toolbar', async () => {
    const buttons = Array.from(el.querySelectorAll<HTMLButtonElement>('[role=toolbar] button'));
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[0]]);
    buttons[0].focus();
    const key = (k: string) =>
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    key('ArrowRight');
    expect(document.activeElement).toBe(buttons[1]);
    key('End');
    expect(document.activeElement).toBe(buttons[buttons.length - 1]);
    key('ArrowRight');
    expect(document.activeElement).toBe(buttons[0]);
    key('ArrowLeft');
    await fixture.whenStable();
    expect(document.activeElement).toBe(buttons[buttons.length - 1]);
    expect(buttons[buttons.length - 1].tabIndex).toBe(0);
  });

  it('takes new form values and destroys the editor with the component', async () => {
    fixture.componentInstance.html.set('<p>Uusi teksti</p>');
    await fixture.whenStable();
    expect(editable().innerHTML).toContain('Uusi teksti');
    const destroy = jest.spyOn(Editor.prototype, 'destroy');
    fixture.componentInstance.shown.set(false);
    await fixture.whenStable();
    expect(destroy).toHaveBeenCalledTimes(1);
    expect(el.querySelector('[contenteditable]')).toBeNull();
    destroy.mockRestore();
  });
});

describe('normalisedHref', () => {
  it('keeps web and mail addresses, adds https:// to a bare host, refuses other schemes', () => {
    expect(normalisedHref(' https://a.fi/x ')).toBe('https://a.fi/x');
    expect(normalisedHref('mailto:tuki@keino.example')).toBe('mailto:tuki@keino.example');
    expect(normalisedHref('a.fi')).toBe('https://a.fi');
    expect(normalisedHref('javascript:alert(1)')).toBeNull();
    expect(normalisedHref('  ')).toBeNull();
  });
});
