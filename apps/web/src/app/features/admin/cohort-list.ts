import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

import { AdminApi } from './admin-api';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { pagedList } from '../../shared/pager/paged-list';
import { PagedListView } from '../../shared/pager/paged-list-view';

const PAGE = 20;

/** Every cohort of the programme, newest first. */
@Component({
  selector: 'app-cohort-list',
  imports: [PagedListView, LocalDatePipe, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('admin.title') }}</h1>
      <p>
        <a class="button primary" routerLink="/admin/cohorts/new">{{ t('adminArea.newCohort.action') }}</a>
      </p>
      <app-paged-list [list]="list">
        <ng-template>
          <ul class="cards">
            @for (c of list.items(); track c.id) {
              <li class="card">
                <h2>
                  <a [routerLink]="['/admin/cohorts', c.id]">{{ c.name }}</a>
                </h2>
                <p class="meta">
                  {{ c.courseTitle }} · {{ t('admin.version', { version: c.courseVersion }) }}
                </p>
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
export class CohortList {
  private readonly api = inject(AdminApi);
  // The page shown stays while the next one loads.
  protected readonly list = pagedList({
    pageSize: PAGE,
    filter: null,
    load: (_, offset, limit) => this.api.cohorts(offset, limit),
    keepPageWhileLoading: true,
  });

  constructor() {
    this.list.show(0);
  }
}
