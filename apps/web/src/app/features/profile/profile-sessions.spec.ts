import type { SessionResponse } from '@keino/contracts';

import { render } from '../../../testing/render';
import { ProfileSessions } from './profile-sessions';

const fi = {
  sessions: {
    title: 'Kirjautumiset',
    current: 'Tämä laite',
    lastUsed: 'Viimeksi käytetty {{when}}',
    unknownDevice: 'Tuntematon laite',
    end: 'Kirjaa ulos',
    endOne: 'Kirjaa ulos: {{device}}',
    endOthers: 'Kirjaa ulos kaikki muut laitteet',
    ended: '{{device}} on kirjattu ulos.',
    endedOthers: 'Kaikki muut laitteet on kirjattu ulos.',
    endFailed: 'Uloskirjaus ei onnistunut.',
    loadFailed: 'Kirjautumisia ei saatu haettua.',
  },
};

const session = (change: Partial<SessionResponse>): SessionResponse => ({
  id: 's1',
  device: 'Firefox on Windows',
  createdAt: '2026-11-01T08:00:00.000Z',
  lastUsedAt: '2026-11-29T10:15:00.000Z',
  current: false,
  ...change,
});

const LIST = '/api/auth/sessions?limit=200';

describe('ProfileSessions', () => {
  const setup = async (items: SessionResponse[]) => {
    const rendered = render(ProfileSessions, { fi });
    rendered.http.expectOne(LIST).flush({ items, total: items.length });
    await rendered.stable();
    return rendered;
  };
  const buttons = (element: HTMLElement) =>
    Array.from(element.querySelectorAll('button')).map(
      (b) => b.getAttribute('aria-label') ?? b.textContent?.trim(),
    );

  it('lists each device with its last use, marks this one, and offers to sign the others out', async () => {
    const { element } = await setup([
      session({ id: 'here', current: true }),
      session({ id: 'phone', device: 'Safari on iPhone' }),
      session({ id: 'old', device: '' }),
    ]);
    const rows = Array.from(element.querySelectorAll('li')).map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(rows[0]).toContain('Firefox on Windows');
    expect(rows[0]).toContain('Tämä laite');
    expect(rows[1]).toMatch(/Safari on iPhone.*Viimeksi käytetty \d{1,2}\.\d{1,2}\.2026/);
    expect(rows[2]).toContain('Tuntematon laite');
    // No button signs this device out from here (the menu's sign-out does); each other row has one, named.
    expect(buttons(element)).toEqual([
      'Kirjaa ulos: Safari on iPhone',
      'Kirjaa ulos: Tuntematon laite',
      'Kirjaa ulos kaikki muut laitteet',
    ]);
  });

  it('signs one device out, says so, moves the focus to the heading and reads the list again', async () => {
    const { element, http, stable } = await setup([
      session({ id: 'here', current: true }),
      session({ id: 'phone', device: 'Safari on iPhone' }),
    ]);
    element.querySelector<HTMLButtonElement>('button[aria-label="Kirjaa ulos: Safari on iPhone"]')?.click();
    http.expectOne({ method: 'DELETE', url: '/api/auth/sessions/phone' }).flush(null);
    http.expectOne(LIST).flush({ items: [session({ id: 'here', current: true })], total: 1 });
    await stable();
    expect(element.querySelector('[role=status]')?.textContent).toContain(
      'Safari on iPhone on kirjattu ulos.',
    );
    expect(document.activeElement?.id).toBe('sessions-heading');
    expect(element.querySelectorAll('li')).toHaveLength(1);
    expect(buttons(element)).toEqual([]);
  });

  it('signs every other device out at once, and says when that failed', async () => {
    const { element, http, stable } = await setup([
      session({ id: 'here', current: true }),
      session({ id: 'phone' }),
    ]);
    const all = () =>
      Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.includes('kaikki muut'));
    all()?.click();
    http
      .expectOne({ method: 'DELETE', url: '/api/auth/sessions' })
      .flush({}, { status: 500, statusText: 'Server Error' });
    await stable();
    expect(element.querySelector('[role=status]')?.textContent).toContain('Uloskirjaus ei onnistunut.');
    all()?.click();
    http.expectOne({ method: 'DELETE', url: '/api/auth/sessions' }).flush(null);
    http.expectOne(LIST).flush({ items: [session({ id: 'here', current: true })], total: 1 });
    await stable();
    expect(element.querySelector('[role=status]')?.textContent).toContain(
      'Kaikki muut laitteet on kirjattu ulos.',
    );
  });

  it('says when the list could not be read, and reads it again on request', async () => {
    const { element, http, stable } = render(ProfileSessions, { fi });
    http.expectOne(LIST).flush({}, { status: 500, statusText: 'Server Error' });
    await stable();
    expect(element.querySelector('[role=alert]')?.textContent).toContain('Kirjautumisia ei saatu haettua.');
    element.querySelector('button')?.click();
    http.expectOne(LIST).flush({ items: [session({ current: true })], total: 1 });
    await stable();
    expect(element.querySelector('li')?.textContent).toContain('Tämä laite');
  });
});
