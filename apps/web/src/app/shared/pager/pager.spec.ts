import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';

import { Pager } from './pager';

describe('Pager', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({
      imports: [
        Pager,
        TranslocoTestingModule.forRoot({
          langs: { fi: {} },
          translocoConfig: { availableLangs: ['fi'], defaultLang: 'fi' },
        }),
      ],
    }),
  );

  async function render(offset: number, total: number) {
    const fixture = TestBed.createComponent(Pager);
    fixture.componentRef.setInput('offset', offset);
    fixture.componentRef.setInput('limit', 20);
    fixture.componentRef.setInput('total', total);
    const pages: number[] = [];
    fixture.componentInstance.page.subscribe((o) => pages.push(o));
    await fixture.whenStable();
    const buttons = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('button'));
    return { fixture, buttons, pages };
  }

  it('is absent when everything fits on one page', async () => {
    const { buttons } = await render(0, 20);
    expect(buttons).toHaveLength(0);
  });

  it('pages forward and back, and cannot go before the first or past the last page', async () => {
    const first = await render(0, 45);
    expect(first.buttons.map((b) => b.disabled)).toEqual([true, false]);
    first.buttons[1].click();
    expect(first.pages).toEqual([20]);

    const last = await render(40, 45);
    expect(last.buttons.map((b) => b.disabled)).toEqual([false, true]);
    last.buttons[0].click();
    expect(last.pages).toEqual([20]);
    expect(last.fixture.nativeElement.querySelector('nav').getAttribute('aria-label')).toBe('common.pages');
  });
});
