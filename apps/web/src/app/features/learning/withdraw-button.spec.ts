import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';

import { WithdrawButton } from './withdraw-button';

describe('WithdrawButton', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        WithdrawButton,
        TranslocoTestingModule.forRoot({
          langs: { fi: {} },
          translocoConfig: { availableLangs: ['fi', 'sv', 'en'], defaultLang: 'fi' },
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function render(active: boolean) {
    const fixture = TestBed.createComponent(WithdrawButton);
    fixture.componentRef.setInput('enrollmentId', 'e1');
    fixture.componentRef.setInput('name', 'Kevät 2027');
    fixture.componentRef.setInput('active', active);
    const results: string[] = [];
    fixture.componentInstance.done.subscribe((r) => results.push(r));
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const click = async (text: string) => {
      const button = Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes(text));
      if (!button) throw new Error(`no button ${text}`);
      button.click();
      await fixture.whenStable();
    };
    return { el, click, results };
  }

  it('asks first, and cancelling sends nothing', async () => {
    const { el, click } = await render(false);
    await click('dashboard.withdraw.button');
    expect(el.querySelector('[role="group"]')).not.toBeNull();
    expect(el.textContent).toContain('dashboard.withdraw.warning');
    http.expectNone('/api/enrollments/e1');
    await click('dashboard.withdraw.cancel');
    expect(el.querySelector('[role="group"]')).toBeNull();
  });

  it('withdraws on confirmation, warning that an active seat goes to the waitlist', async () => {
    const { el, click, results } = await render(true);
    await click('dashboard.withdraw.button');
    expect(el.textContent).toContain('dashboard.withdraw.warningActive');
    await click('dashboard.withdraw.confirm');
    const req = http.expectOne('/api/enrollments/e1');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ status: 'withdrawn' });
    req.flush({ id: 'e1', status: 'withdrawn' });
    expect(results).toEqual(['withdrawn']);
  });

  it('reports a refusal and keeps the confirmation open to try again', async () => {
    const { el, click, results } = await render(false);
    await click('dashboard.withdraw.button');
    await click('dashboard.withdraw.confirm');
    http
      .expectOne('/api/enrollments/e1')
      .flush({ code: 'INVALID_TRANSITION' }, { status: 409, statusText: 'Conflict' });
    expect(results).toEqual(['failed']);
    expect(el.querySelector('[role="group"]')).not.toBeNull();
  });
});
