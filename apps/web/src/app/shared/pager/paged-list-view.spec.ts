import { ChangeDetectionStrategy, Component } from '@angular/core';
import type { ListResponse } from '@keino/contracts';
import { Subject } from 'rxjs';

import { find, render } from '../../../testing/render';
import { pagedList } from './paged-list';
import { PagedListView } from './paged-list-view';

@Component({
  imports: [PagedListView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-paged-list [list]="list" [count]="list.total() + ' found'" emptyText="Nothing" [retryable]="true">
      <ng-template>
        <ul>
          @for (row of list.items(); track row) {
            <li>{{ row }}</li>
          }
        </ul>
      </ng-template>
    </app-paged-list>
  `,
})
class Host {
  readonly answers: Subject<ListResponse<string>>[] = [];
  readonly list = pagedList<string>({
    pageSize: 2,
    filter: null,
    load: () => {
      const answer = new Subject<ListResponse<string>>();
      this.answers.push(answer);
      return answer;
    },
  });
}

const page = (items: string[], total: number) =>
  ({ items, total, offset: 0, limit: 2 }) as ListResponse<string>;

describe('PagedListView', () => {
  it('announces the count once loaded, shows the rows and pages through them', async () => {
    const { component, element, stable } = render(Host);
    component.list.show(0);
    await stable();
    expect(find(element, '.count').textContent?.trim()).toBe('');
    component.answers[0].next(page(['a', 'b'], 3));
    await stable();
    expect(find(element, '.count').textContent?.trim()).toBe('3 found');
    expect(Array.from(element.querySelectorAll('li')).map((li) => li.textContent)).toEqual(['a', 'b']);
    const next = element.querySelectorAll<HTMLButtonElement>('.pager button')[1];
    next.click();
    expect(component.list.offset()).toBe(2);
  });

  it('says when the list is empty, and retries a failed page', async () => {
    const { component, element, stable } = render(Host);
    component.list.show(0);
    component.answers[0].next(page([], 0));
    await stable();
    expect(element.textContent).toContain('Nothing');
    expect(element.querySelector('ul')).toBeNull();

    component.list.show(0);
    component.answers[1].error(new Error('offline'));
    await stable();
    find<HTMLButtonElement>(element, 'button').click();
    expect(component.answers).toHaveLength(3);
  });
});
