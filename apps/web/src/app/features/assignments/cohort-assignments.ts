import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  ViewEncapsulation,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { AssignmentsApi } from './assignments-api';
import { ListPager } from '../../shared/pager/pager';
import { pagedList } from '../../shared/pager/paged-list';

const PAGE = 50;

/** A cohort's teams for its trainer: each team's assignment status, the ones awaiting review first. */
@Component({
  selector: 'app-cohort-assignments',
  imports: [ListPager, RouterLink, TranslocoDirective, LocalDatePipe],
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
      @if (list.status() === 'loading') {
        <p role="status">{{ t('loading') }}</p>
      } @else if (list.status() === 'missing') {
        <p class="message" role="alert">{{ t('review.noCohort') }}</p>
      } @else if (list.status() === 'failed') {
        <p class="message" role="alert">{{ t('errors.failed') }}</p>
      } @else if (list.items().length === 0) {
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
              @for (row of list.items(); track row.organizationId + row.activityId) {
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
                  <td>{{ row.updatedAt ? (row.updatedAt | localDate) : '–' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <app-list-pager [list]="list" />
      }
    </section>
  `,
})
export class CohortAssignments {
  private readonly api = inject(AssignmentsApi);
  /** The route's `:cohortId`. */
  readonly cohortId = input.required<string>();
  protected readonly list = pagedList({
    pageSize: PAGE,
    filter: '',
    load: (cohortId, offset, limit) => this.api.forCohort(cohortId, offset, limit),
    missingOn404: true,
  });
  /** On this page: the list is ordered waiting ones first. */
  protected readonly waiting = computed(
    () => this.list.items().filter((i) => i.status === 'submitted').length,
  );

  constructor() {
    effect(() => {
      this.list.filter = this.cohortId();
      this.list.show(0);
    });
  }
}
