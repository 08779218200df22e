import { ChangeDetectionStrategy, Component, signal } from '@angular/core';

import { render } from '../../../testing/render';
import { ListState, type ListStatus } from './list-state';

@Component({
  imports: [ListState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-list-state
      [status]="status()"
      [empty]="items().length === 0"
      emptyText="Nothing yet"
      [retryable]="true"
      (retry)="retried = retried + 1"
    >
      <ng-template
        ><ul>
          <li>{{ items()[0] }}</li>
        </ul></ng-template
      >
    </app-list-state>
  `,
})
class Host {
  readonly status = signal<ListStatus>('loading');
  readonly items = signal<string[]>([]);
  retried = 0;
}

describe('ListState', () => {
  function renderHost() {
    const { fixture, component, element } = render(Host, {
      fi: { common: { loading: 'Ladataan…', failed: 'Lataus epäonnistui', retry: 'Yritä uudelleen' } },
    });
    fixture.detectChanges();
    return { fixture, host: component, el: element };
  }

  it('announces loading, then shows the content only once loaded', () => {
    const { fixture, host, el } = renderHost();
    expect(el.querySelector('[role="status"]')?.textContent).toBe('Ladataan…');
    expect(el.querySelector('ul')).toBeNull();
    host.items.set(['Kurssi']);
    host.status.set('ready');
    fixture.detectChanges();
    expect(el.querySelector('[role="status"]')).toBeNull();
    expect(el.querySelector('li')?.textContent).toBe('Kurssi');
  });

  it('says when there is nothing, and alerts a failure with a retry button', () => {
    const { fixture, host, el } = renderHost();
    host.status.set('ready');
    fixture.detectChanges();
    expect(el.querySelector('p')?.textContent).toBe('Nothing yet');
    host.status.set('failed');
    fixture.detectChanges();
    expect(el.querySelector('[role="alert"]')?.textContent).toBe('Lataus epäonnistui');
    el.querySelector('button')?.click();
    expect(host.retried).toBe(1);
  });
});
