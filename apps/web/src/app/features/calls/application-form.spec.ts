import type { ApplicationResponse } from '@keino/contracts';

import { find, render } from '../../../testing/render';
import { ApplicationForm, AUTOSAVE_MS } from './application-form';

const fi = {
  calls: {
    fields: { motivation: 'Perustelut', developmentTask: 'Kehittämistehtävä', teamMissing: 'Tiimi' },
    form: {
      missingTitle: 'Puuttuu vielä',
      conflictTitle: 'Kollega tallensi',
      mine: 'Sinun tekstisi',
      theirs: 'Kollegan tallentama',
      takeTheirs: 'Ota kollegan versio',
      saved: 'Tallennettu.',
      unsaved: 'Tallentamatta.',
      saving: 'Tallennetaan…',
    },
  },
};

const draft = (over: Partial<ApplicationResponse> = {}): ApplicationResponse => ({
  id: 'a1',
  callId: 'c1',
  organizationId: 'o1',
  organization: { id: 'o1', name: 'Tampereen kaupunki', kind: 'municipality', region: '06' },
  status: 'draft',
  version: 3,
  developmentTask: '',
  motivation: 'Alku',
  sponsor: { fullName: '', title: '', email: '' },
  team: [],
  submittedAt: null,
  decisionMessage: null,
  decidedAt: null,
  updatedAt: '2027-01-01T10:00:00Z',
  missing: ['developmentTask', 'sponsor.fullName', 'team'],
  ...over,
});

describe('ApplicationForm', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  async function typeMotivation(element: HTMLElement, text: string) {
    const box = find<HTMLTextAreaElement>(element, '#motivation');
    box.value = text;
    box.dispatchEvent(new Event('input'));
  }

  it('says what is missing and saves what is typed with the version it started from', async () => {
    const { element, http, stable, fixture } = render(ApplicationForm, {
      fi,
      inputs: { application: draft() },
    });
    fixture.detectChanges();
    await stable();
    expect(find(element, '#missing-title').textContent).toContain('Puuttuu vielä');
    expect(element.textContent).toContain('calls.fields.sponsor.fullName');
    await typeMotivation(element, 'Johto on sitoutunut');
    expect(http.match('/api/applications/a1')).toHaveLength(0);
    jest.advanceTimersByTime(AUTOSAVE_MS);
    const save = http.expectOne('/api/applications/a1');
    expect(save.request.method).toBe('PATCH');
    expect(save.request.body).toMatchObject({ motivation: 'Johto on sitoutunut', version: 3 });
    save.flush(draft({ version: 4, motivation: 'Johto on sitoutunut', missing: ['team'] }));
    fixture.detectChanges();
    expect(find(element, '[role=status]').textContent).toContain('Tallennettu.');
    // The next save names the version the server answered.
    await typeMotivation(element, 'Johto on sitoutunut vahvasti');
    jest.advanceTimersByTime(AUTOSAVE_MS);
    expect(http.expectOne('/api/applications/a1').request.body.version).toBe(4);
  });

  it('shows both texts when a colleague saved in between, and loses neither', async () => {
    const { element, http, stable, fixture } = render(ApplicationForm, {
      fi,
      inputs: { application: draft() },
    });
    fixture.detectChanges();
    await stable();
    await typeMotivation(element, 'Minun perusteluni');
    jest.advanceTimersByTime(AUTOSAVE_MS);
    http
      .expectOne((r) => r.method === 'PATCH')
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'stale', code: 'STALE_VERSION' },
        { status: 409, statusText: 'Conflict' },
      );
    http.expectOne((r) => r.method === 'GET').flush(draft({ version: 5, motivation: 'Kollegan perustelut' }));
    fixture.detectChanges();
    const conflict = find(element, '.conflict');
    expect(conflict.textContent).toContain('Minun perusteluni');
    expect(conflict.textContent).toContain('Kollegan perustelut');
    find<HTMLButtonElement>(conflict, 'button:not(.primary)').click();
    fixture.detectChanges();
    await stable();
    expect(element.querySelector('.conflict')).toBeNull();
    expect(find<HTMLTextAreaElement>(element, '#motivation').value).toBe('Kollegan perustelut');
  });
});
