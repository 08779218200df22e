import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

import { TeachingApi } from './teaching-api';
import { TeachingNav } from './teaching-nav';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { pagedList } from '../../shared/pager/paged-list';
import { PagedListView } from '../../shared/pager/paged-list-view';

// A trainer runs a handful of cohorts: one page almost always holds them all.
const PAGE = 200;

/** The cohorts the trainer runs. */
@Component({
  selector: 'app-my-cohorts',
  imports: [PagedListView, LocalDatePipe, RouterLink, TeachingNav, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" *transloco="let t">
      <app-teaching-nav />
      <h1>{{ t('teaching.title') }}</h1>
      <app-paged-list [list]="list" [emptyText]="t('teaching.empty')">
        <ng-template>
          <ul class="cards">
            @for (c of list.items(); track c.id) {
              <li class="card">
                <h2>
                  <a [routerLink]="['/teaching', c.id]">{{ c.name }}</a>
                </h2>
                <p class="meta">{{ c.courseTitle }}</p>
                <p>
                  {{ c.startsOn | localDate }}–{{ c.endsOn | localDate }} ·
                  {{ t('teaching.seats', { taken: c.seatsTaken, capacity: c.capacity }) }}
                </p>
              </li>
            }
          </ul>
        </ng-template>
      </app-paged-list>
    </section>
  `,
})
export class MyCohorts {
  private readonly api = inject(TeachingApi);
  protected readonly list = pagedList({
    pageSize: PAGE,
    filter: null,
    load: (_, offset, limit) => this.api.myCohorts(offset, limit),
  });

  constructor() {
    this.list.show(0);
  }
}
