import type { PublicGroupEventResponse } from '@keino/contracts';

import { find, render } from '../../../testing/render';
import { PublicEvent } from './public-event';

const fi = {
  developerGroups: {
    public: {
      register: 'Ilmoittaudu',
      privacy: 'Tiedot poistetaan vuoden kuluttua tilaisuudesta.',
      thanks: 'Ilmoittautumisesi on vastaanotettu.',
      errors: { businessId: 'Anna voimassa oleva Y-tunnus.', consent: 'Hyväksy tietojen käsittely.' },
      failures: { duplicate: 'Tällä sähköpostiosoitteella on jo ilmoittauduttu.' },
    },
  },
};

const event: PublicGroupEventResponse = {
  id: 'e1',
  title: 'Markkinavuoropuhelu',
  kind: 'market_dialogue',
  startsAt: '2027-04-01T09:00:00Z',
  location: 'Helsinki',
  onlineUrl: null,
  description: 'Tulevat hankinnat',
  groupName: 'Päästöttömät työmaat',
};

describe('PublicEvent', () => {
  async function opened() {
    const r = render(PublicEvent, { fi, inputs: { id: 'e1' } });
    r.fixture.detectChanges();
    r.http.expectOne('/api/events/e1').flush(event);
    await r.stable();
    r.fixture.detectChanges();
    return r;
  }

  const fill = (element: HTMLElement, name: string, value: string) => {
    const input = find<HTMLInputElement>(element, `[name=${name}]`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  it('shows the event and the privacy notice that says registrations are deleted a year after', async () => {
    const { element } = await opened();
    expect(find(element, 'h1').textContent).toContain('Markkinavuoropuhelu');
    expect(element.textContent).toContain('Tiedot poistetaan vuoden kuluttua tilaisuudesta.');
  });

  it('refuses an invalid Y-tunnus and a missing consent before sending anything', async () => {
    const { element, fixture, http, stable } = await opened();
    fill(element, 'fullName', 'Toni Toimittaja');
    fill(element, 'company', 'Kone Oy');
    fill(element, 'businessId', '1234567-8');
    fill(element, 'email', 'toni@kone.example');
    find<HTMLFormElement>(element, 'form').dispatchEvent(new Event('submit'));
    await stable();
    fixture.detectChanges();
    expect(element.textContent).toContain('Anna voimassa oleva Y-tunnus.');
    expect(element.textContent).toContain('Hyväksy tietojen käsittely.');
    http.expectNone('/api/events/e1/registrations');
  });

  it('sends a valid registration with the consent and the reader’s language, and says it was received', async () => {
    const { element, fixture, http, stable } = await opened();
    fill(element, 'fullName', ' Toni Toimittaja ');
    fill(element, 'company', 'Kone Oy');
    fill(element, 'businessId', '0245437-2');
    fill(element, 'email', 'toni@kone.example');
    const consent = find<HTMLInputElement>(element, '#reg-consent');
    consent.checked = true;
    consent.dispatchEvent(new Event('change'));
    find<HTMLFormElement>(element, 'form').dispatchEvent(new Event('submit'));
    const req = http.expectOne('/api/events/e1/registrations');
    expect(req.request.body).toEqual({
      fullName: 'Toni Toimittaja',
      company: 'Kone Oy',
      businessId: '0245437-2',
      email: 'toni@kone.example',
      consent: true,
      locale: 'fi',
    });
    req.flush(
      { id: 'r1', eventId: 'e1', createdAt: '2026-12-01T10:00:00Z' },
      { status: 201, statusText: 'Created' },
    );
    await stable();
    fixture.detectChanges();
    expect(find(element, '[role=status]').textContent).toContain('Ilmoittautumisesi on vastaanotettu.');
  });

  it('says so when the address has registered already', async () => {
    const { element, fixture, http, stable } = await opened();
    fill(element, 'fullName', 'Toni');
    fill(element, 'company', 'Kone Oy');
    fill(element, 'businessId', '0245437-2');
    fill(element, 'email', 'toni@kone.example');
    const consent = find<HTMLInputElement>(element, '#reg-consent');
    consent.checked = true;
    consent.dispatchEvent(new Event('change'));
    find<HTMLFormElement>(element, 'form').dispatchEvent(new Event('submit'));
    http
      .expectOne('/api/events/e1/registrations')
      .flush(
        { statusCode: 409, code: 'ALREADY_REGISTERED', message: 'x', error: 'Conflict' },
        { status: 409, statusText: 'Conflict' },
      );
    await stable();
    fixture.detectChanges();
    expect(find(element, '[role=alert]').textContent).toContain('jo ilmoittauduttu');
  });
});
