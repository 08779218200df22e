import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CohortResponse } from '@keino/contracts';

import { TeachingApi } from './teaching-api';
import { TeachingNav } from './teaching-nav';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { ListState } from '../../shared/ui/list-state';

/** The cohorts the trainer runs. */
@Component({
  selector: 'app-my-cohorts',
  imports: [ListState, LocalDatePipe, RouterLink, TeachingNav, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" *transloco="let t">
      <app-teaching-nav />
      <h1>{{ t('teaching.title') }}</h1>
      <app-list-state [status]="load()" [empty]="cohorts().length === 0" [emptyText]="t('teaching.empty')">
        <ng-template>
          <ul class="cards">
            @for (c of cohorts(); track c.id) {
              <li class="card">
                <h2>
                  <a [routerLink]="['/teaching', c.id]">{{ c.name }}</a>
                </h2>
                <p class="meta">{{ c.courseTitle }}</p>
                <p>
                  {{ c.startsOn | localDate: 'd.M.yyyy' }}–{{ c.endsOn | localDate: 'd.M.yyyy' }} ·
                  {{ t('teaching.seats', { taken: c.seatsTaken, capacity: c.capacity }) }}
                </p>
              </li>
            }
          </ul>
        </ng-template>
      </app-list-state>
    </section>
  `,
})
export class MyCohorts {
  private readonly api = inject(TeachingApi);
  protected readonly load = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly cohorts = signal<CohortResponse[]>([]);

  constructor() {
    this.api.myCohorts().subscribe({
      next: (list) => {
        this.cohorts.set(list.items);
        this.load.set('ready');
      },
      error: () => this.load.set('failed'),
    });
  }
}
