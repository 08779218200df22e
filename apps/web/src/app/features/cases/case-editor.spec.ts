import { Location } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';

import { Session } from '../../core/auth/session';
import { CaseEditor } from './case-editor';

/** The element, or a failure that names the selector (instead of a non-null assertion). */
function find<T extends Element = HTMLElement>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found`);
  return found;
}

const saved = (id: string, title: string) => ({
  id,
  title,
  summary: '',
  language: 'fi',
  status: 'draft',
  themes: [],
  procedure: 'open',
  purchased: '',
  sustainabilityCriteria: '',
  innovationCriteria: '',
  results: '',
  cpvCode: null,
  contactName: '',
  contactEmail: '',
  canEdit: true,
});

describe('CaseEditor', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    // The session persists in the browser's storage; each test starts signed out.
    sessionStorage.clear();
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [
        CaseEditor,
        TranslocoTestingModule.forRoot({
          langs: { fi: {} },
          translocoConfig: { availableLangs: ['fi'], defaultLang: 'fi' },
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(CaseEditor);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const set = (selector: string, value: string) => {
      const field = find<HTMLInputElement>(el, selector);
      field.value = value;
      field.dispatchEvent(new Event('input'));
    };
    const click = async (text: string) => {
      const button = Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes(text));
      if (!button) throw new Error(`button ${text} not found`);
      button.click();
      await fixture.whenStable();
    };
    return { fixture, el, set, click };
  }

  it('sends nothing without a title, and focuses the title', async () => {
    const { el, click } = await render();
    await click('cases.editor.saveDraft');
    http.expectNone('/api/cases');
    expect(find(el, '#case-title').getAttribute('aria-invalid')).toBe('true');
    expect(find(el, '#case-title-error').textContent).toContain('cases.errors.required');
    expect(document.activeElement?.id).toBe('case-title');
  });

  it('saves the draft first, then shows the fields publishing still needs and keeps what was typed', async () => {
    const { fixture, el, set, click } = await render();
    set('#case-title', 'Sähköpotkulaudat');
    set('#case-cpvCode', '34430000-0');
    await click('cases.editor.publish');
    const create = http.expectOne({ method: 'POST', url: '/api/cases' });
    expect(create.request.body).toMatchObject({
      title: 'Sähköpotkulaudat',
      cpvCode: '34430000-0',
      summary: '',
    });
    create.flush(saved('c1', 'Sähköpotkulaudat'));
    http.expectOne({ method: 'POST', url: '/api/cases/c1/publish' }).flush(
      {
        statusCode: 409,
        code: 'CASE_INCOMPLETE',
        message: 'Fill in before publishing: summary, purchased, results, themes',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    for (const field of ['summary', 'purchased', 'results']) {
      expect(find(el, `#case-${field}`).getAttribute('aria-invalid')).toBe('true');
      expect(find(el, `#case-${field}`).getAttribute('aria-describedby')).toBe(
        `case-${field}-hint case-${field}-error`,
      );
    }
    expect(find(el, '#case-themes-error').textContent).toContain('cases.errors.requiredToPublish');
    expect(find(el, '[role=alert]').textContent).toContain('cases.errors.savedButIncomplete');
    expect(document.activeElement?.id).toBe('case-summary');
    expect(find<HTMLInputElement>(el, '#case-title').value).toBe('Sähköpotkulaudat');
    // The address is now the saved draft's, so a reload keeps it; a second save updates it instead of creating.
    expect(TestBed.inject(Location).path()).toBe('/cases/c1/edit');
    await click('cases.editor.saveDraft');
    http.expectOne({ method: 'PATCH', url: '/api/cases/c1' }).flush(saved('c1', 'Sähköpotkulaudat'));
  });

  it('lets an admin without an organisation write on behalf of one chosen from the directory', async () => {
    TestBed.inject(Session).start({
      accessToken: 'a1',
      refreshToken: 'r1',
      user: { id: 'u1', email: 'admin@keino.fi', fullName: 'Admin', roles: ['admin'], organizationId: null },
    } as unknown as Parameters<Session['start']>[0]);
    const { fixture, el, set, click } = await render();
    http
      .expectOne((r) => r.url === '/api/organizations')
      .flush({ items: [{ id: 'o1', name: 'Tampereen kaupunki' }], total: 1 });
    await fixture.whenStable();
    set('#case-title', 'Sähköpotkulaudat');
    await click('cases.editor.saveDraft');
    http.expectNone('/api/cases');
    expect(find(el, '[role=alert]').textContent).toContain('cases.errors.chooseOrganization');
    expect(document.activeElement?.id).toBe('case-organization');
    const select = find<HTMLSelectElement>(el, '#case-organization');
    select.value = 'o1';
    select.dispatchEvent(new Event('change'));
    await click('cases.editor.saveDraft');
    const create = http.expectOne({ method: 'POST', url: '/api/cases' });
    expect(create.request.body).toMatchObject({ title: 'Sähköpotkulaudat', organizationId: 'o1' });
    create.flush(saved('c2', 'Sähköpotkulaudat'));
  });

  it('publishes a complete case and opens it', async () => {
    const { fixture, set, click } = await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    set('#case-title', 'Kalusteet');
    set('#case-summary', 'Kunnostettu ensin');
    set('#case-purchased', 'Kalusteet');
    set('#case-results', 'Säästöä');
    const climate = fixture.nativeElement.querySelector('input[name=theme-climate]') as HTMLInputElement;
    climate.click();
    await click('cases.editor.publish');
    const create = http.expectOne({ method: 'POST', url: '/api/cases' });
    expect(create.request.body.themes).toEqual(['climate']);
    create.flush(saved('c2', 'Kalusteet'));
    http.expectOne('/api/cases/c2/publish').flush({ ...saved('c2', 'Kalusteet'), status: 'published' });
    expect(navigate).toHaveBeenCalledWith(['/cases', 'c2']);
  });
});
