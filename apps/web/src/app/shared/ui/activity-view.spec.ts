import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import type { ActivityResponse } from '@keino/contracts';

import { find, render } from '../../../testing/render';
import { ActivityView } from './activity-view';

const fi = {
  kind: { page: 'Luettava', link: 'Linkki', workshop: 'Lähipäivä' },
  player: {
    required: 'pakollinen',
    optional: 'vapaaehtoinen',
    doneOn: 'tehty {{date}}',
    open: 'Avaa aineisto (uusi välilehti)',
    attendance: 'Kouluttaja kirjaa läsnäolon.',
  },
};

const activity = (extra: Partial<ActivityResponse>): ActivityResponse => ({
  id: 'a1',
  moduleId: 'm1',
  kind: 'page',
  title: 'Mittarit',
  required: true,
  content: '',
  url: null,
  startsAt: null,
  location: null,
  position: 0,
  ...extra,
});

// A player-like host: a calendar button under the workshop's time, another action at the end.
@Component({
  imports: [ActivityView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <li class="activity">
      <app-activity-view [activity]="activity()" [doneOn]="doneOn()" [locked]="locked()">
        <button activityWorkshopAction type="button" class="calendar">Kalenteriin</button>
        <button type="button" class="act">Merkitse</button>
      </app-activity-view>
    </li>
  `,
})
class Host {
  readonly activity = signal(activity({}));
  readonly doneOn = signal<string | null>(null);
  readonly locked = signal(false);
}

describe('ActivityView', () => {
  async function renderHost(a: ActivityResponse) {
    const rendered = render(Host, { fi });
    rendered.component.activity.set(a);
    await rendered.stable();
    return rendered;
  }
  const text = (el: Element) => el.textContent?.replace(/\s+/g, ' ').trim();

  it('draws a page: its title, kind, whether it is required, and its rich text', async () => {
    const { element } = await renderHost(
      activity({ content: '<h2>Miksi mitata</h2><p><strong>lyhyesti</strong></p>' }),
    );
    expect(text(find(element, 'h3'))).toBe('Mittarit');
    expect(text(find(element, '.meta'))).toBe('Luettava · pakollinen');
    expect(text(find(element, '.content h2'))).toBe('Miksi mitata');
    expect(text(find(element, '.content strong'))).toBe('lyhyesti');
    expect(element.querySelector('.calendar')).toBeNull();
    expect(element.querySelector('.act')).not.toBeNull();
  });

  it('opens a link in a new tab, and says when an activity was done', async () => {
    const { element, component, stable } = await renderHost(
      activity({ kind: 'link', required: false, url: 'https://example.org/x' }),
    );
    const link = find<HTMLAnchorElement>(element, 'a');
    expect(link.getAttribute('href')).toBe('https://example.org/x');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(text(link)).toBe('Avaa aineisto (uusi välilehti)');
    component.doneOn.set('2026-03-04T10:00:00.000Z');
    await stable();
    expect(text(find(element, '.meta'))).toBe('Linkki · vapaaehtoinen · tehty 4.3.2026');
  });

  it("puts the workshop's own action under its time and place, before the attendance note", async () => {
    const { element, component, stable } = await renderHost(
      activity({ kind: 'workshop', startsAt: '2027-02-10T07:00:00.000Z', location: 'Tampere-talo' }),
    );
    const order = Array.from(find(element, 'li').children).map((c) => c.className || c.tagName);
    expect(order).toEqual(['APP-ACTIVITY-VIEW']);
    const parts = Array.from(find(element, 'app-activity-view').children).map(
      (c) => c.className || c.tagName.toLowerCase(),
    );
    expect(parts).toEqual(['h3', 'meta', 'p', 'calendar', 'note', 'act']);
    expect(text(find(element, '.meta + p'))).toMatch(/^10\.2\.2027 klo \d{1,2}\.00 · Tampere-talo$/);
    // Once attended, the trainer has recorded it: the note goes.
    component.doneOn.set('2027-02-10T12:00:00.000Z');
    await stable();
    expect(element.querySelector('.note')).toBeNull();
  });

  it('shows only the title and kind of an activity in a module not yet open', async () => {
    const { element, component, stable } = await renderHost(activity({ content: '<p>Sisältö</p>' }));
    component.locked.set(true);
    await stable();
    expect(text(find(element, 'h3'))).toBe('Mittarit');
    expect(element.querySelector('.content')).toBeNull();
    expect(element.querySelector('.act')).toBeNull();
  });
});
