import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CohortResponse } from '@keino/contracts';

import { AdminApi } from './admin-api';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { Pager } from '../../shared/pager/pager';
import { ListState } from '../../shared/ui/list-state';
import { latestRequest } from '../../shared/pager/latest-request';

const PAGE = 20;

/** Every cohort of the programme, newest first. */
@Component({
  selector: 'app-cohort-list',
  imports: [ListState, Pager, LocalDatePipe, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('admin.title') }}</h1>
      <p>
        <a class="button primary" routerLink="/admin/cohorts/new">{{ t('adminArea.newCohort.action') }}</a>
      </p>
      <app-list-state [status]="load()">
        <ng-template>
          <ul class="cards">
            @for (c of cohorts(); track c.id) {
              <li class="card">
                <h2>
                  <a [routerLink]="['/admin/cohorts', c.id]">{{ c.name }}</a>
                </h2>
                <p class="meta">
                  {{ c.courseTitle }} · {{ t('admin.version', { version: c.courseVersion }) }}
                </p>
                <p>
                  {{ c.startsOn | localDate: 'd.M.yyyy' }}–{{ c.endsOn | localDate: 'd.M.yyyy' }} ·
                  {{ t('teaching.seats', { taken: c.seatsTaken, capacity: c.capacity }) }}
                </p>
              </li>
            }
          </ul>
          <app-pager [offset]="offset()" [limit]="PAGE" [total]="total()" (page)="show($event)" />
        </ng-template>
      </app-list-state>
    </section>
  `,
})
export class CohortList {
  private readonly api = inject(AdminApi);
  protected readonly PAGE = PAGE;
  protected readonly load = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly cohorts = signal<CohortResponse[]>([]);
  protected readonly total = signal(0);
  protected readonly offset = signal(0);

  // The newest request wins: a slower answer to an earlier page or filter is dropped.
  private readonly fetch = latestRequest((offset: number) => this.api.cohorts(offset, PAGE), {
    next: (list) => {
      this.cohorts.set(list.items);
      this.total.set(list.total);
      this.load.set('ready');
    },
    error: () => this.load.set('failed'),
  });

  constructor() {
    this.show(0);
  }

  protected show(offset: number): void {
    this.offset.set(offset);
    this.fetch(offset);
  }
}
