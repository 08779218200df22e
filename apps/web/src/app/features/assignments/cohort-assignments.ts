import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  ViewEncapsulation,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { TeamAssignmentSummary } from '@keino/contracts';

import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { AssignmentsApi } from './assignments-api';
import { Pager } from '../../shared/pager/pager';
import { latestRequest } from '../../shared/pager/latest-request';

const PAGE = 50;

/** A cohort's teams for its trainer: each team's assignment status, the ones awaiting review first. */
@Component({
  selector: 'app-cohort-assignments',
  imports: [Pager, RouterLink, TranslocoDirective, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './assignments.css',
  template: `
    <section class="page assignment" *transloco="let t; prefix: 'assignment'">
      <p>
        <a [routerLink]="['/teaching', cohortId()]">← {{ t('review.backToCohort') }}</a>
      </p>
      <h1>{{ t('review.listTitle') }}</h1>
      <p>{{ t('review.listLead') }}</p>
      @if (load() === 'loading') {
        <p role="status">{{ t('loading') }}</p>
      } @else if (load() === 'missing') {
        <p class="message" role="alert">{{ t('review.noCohort') }}</p>
      } @else if (load() === 'failed') {
        <p class="message" role="alert">{{ t('errors.failed') }}</p>
      } @else if (items().length === 0) {
        <p>{{ t('review.noTeams') }}</p>
      } @else {
        <p class="note" role="status">{{ t('review.waiting', { count: waiting() }) }}</p>
        <div class="table-scroll" role="region" aria-labelledby="teams-caption" tabindex="0">
          <table>
            <caption id="teams-caption">
              {{
                t('review.teams')
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ t('review.team') }}</th>
                <th scope="col">{{ t('review.assignment') }}</th>
                <th scope="col">{{ t('review.memberCount') }}</th>
                <th scope="col">{{ t('review.state') }}</th>
                <th scope="col">{{ t('review.updated') }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of items(); track row.organizationId + row.activityId) {
                <tr>
                  <th scope="row">
                    @if (row.submissionId) {
                      <a [routerLink]="['/teaching', cohortId(), 'assignments', row.submissionId]">{{
                        row.organizationName
                      }}</a>
                    } @else {
                      {{ row.organizationName }}
                    }
                  </th>
                  <td>{{ row.activityTitle }}</td>
                  <td>{{ row.members }}</td>
                  <td>
                    <span [class]="'state state-' + row.status">{{ t('status.' + row.status) }}</span>
                    @if (row.version > 0) {
                      <span class="note"> · {{ t('version', { version: row.version }) }}</span>
                    }
                  </td>
                  <td>{{ row.updatedAt ? (row.updatedAt | localDate: 'd.M.yyyy') : '–' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <app-pager [offset]="offset()" [limit]="PAGE" [total]="total()" (page)="offset.set($event)" />
      }
    </section>
  `,
})
export class CohortAssignments {
  private readonly api = inject(AssignmentsApi);
  /** The route's `:cohortId`. */
  readonly cohortId = input.required<string>();
  protected readonly PAGE = PAGE;
  protected readonly load = signal<'loading' | 'ready' | 'missing' | 'failed'>('loading');
  protected readonly items = signal<TeamAssignmentSummary[]>([]);
  protected readonly total = signal(0);
  protected readonly offset = signal(0);
  /** On this page: the list is ordered waiting ones first. */
  protected readonly waiting = computed(() => this.items().filter((i) => i.status === 'submitted').length);

  // The newest request wins: a slower answer to an earlier page (or cohort) is dropped.
  private readonly request = latestRequest(
    ({ cohortId, offset }: { cohortId: string; offset: number }) =>
      this.api.forCohort(cohortId, offset, PAGE),
    {
      next: (list) => {
        this.items.set(list.items);
        this.total.set(list.total);
        this.load.set('ready');
      },
      error: (e) => this.load.set((e as { status?: number }).status === 404 ? 'missing' : 'failed'),
    },
  );

  constructor() {
    effect(() => this.fetch(this.cohortId(), this.offset()));
  }

  private fetch(cohortId: string, offset: number): void {
    this.load.set('loading');
    this.request({ cohortId, offset });
  }
}
