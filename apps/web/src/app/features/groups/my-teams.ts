import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { MentoringTeam } from '@keino/contracts';

import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { ListState } from '../../shared/ui/list-state';
import { GroupsApi } from './groups-api';

type Load = 'loading' | 'ready' | 'failed';

/** My teams: every team the person coaches or mentors, its progress, who is late, the assignment, the next meeting. */
@Component({
  selector: 'app-my-teams',
  imports: [ListState, LocalDatePipe, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './groups.css',
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('groups.mine.title') }}</h1>
      <p>{{ t('groups.mine.intro') }}</p>
      <app-list-state [status]="load()">
        <ng-template>
          @if (teams().length === 0) {
            <p>{{ t('groups.mine.none') }}</p>
          } @else {
            <div class="table-scroll" role="region" aria-labelledby="teams-caption" tabindex="0">
              <table class="bars">
                <caption id="teams-caption">
                  {{
                    t('groups.mine.caption')
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{{ t('groups.mine.team') }}</th>
                    <th scope="col">{{ t('groups.mine.as') }}</th>
                    <th scope="col">{{ t('groups.mine.participants') }}</th>
                    <th scope="col">{{ t('groups.mine.progress') }}</th>
                    <th scope="col">{{ t('groups.mine.late') }}</th>
                    <th scope="col">{{ t('groups.mine.assignment') }}</th>
                    <th scope="col">{{ t('groups.mine.nextMeeting') }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (team of teams(); track team.cohortId + team.organizationId + team.as) {
                    <tr>
                      <th scope="row">
                        {{ team.organizationName }}
                        <span class="meta">· {{ team.cohortName }}</span>
                      </th>
                      <td>{{ t('groups.as.' + team.as) }}</td>
                      <td>{{ team.participants }}</td>
                      <td>
                        <span class="meter" aria-hidden="true"
                          ><span [style.width.%]="team.averagePercent"></span
                        ></span>
                        {{ team.averagePercent }} %
                      </td>
                      <td>{{ team.late }}</td>
                      <td>
                        @if (team.assignmentId) {
                          <a [routerLink]="['/teaching', team.cohortId, 'assignments', team.assignmentId]">{{
                            t('groups.assignmentStates.' + (team.assignmentStatus ?? 'none'))
                          }}</a>
                        } @else {
                          {{ t('groups.assignmentStates.none') }}
                        }
                      </td>
                      <td>
                        @if (team.nextMeeting; as m) {
                          {{ m.title }}, {{ m.startsAt | localDate: 'd.M.yyyy HH:mm' }}
                        } @else {
                          –
                        }
                        @if (team.groupId) {
                          <br />
                          <a
                            [routerLink]="['/groups', team.groupId, 'meetings']"
                            [attr.aria-label]="t('groups.mine.meetingsOf', { name: team.organizationName })"
                            >{{ t('groups.meetings.title') }}</a
                          >
                        }
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
        </ng-template>
      </app-list-state>
    </section>
  `,
})
export class MyTeams {
  private readonly api = inject(GroupsApi);
  protected readonly teams = signal<MentoringTeam[]>([]);
  protected readonly load = signal<Load>('loading');

  constructor() {
    this.api.mentoring().subscribe({
      next: (list) => {
        this.teams.set(list.items);
        this.load.set('ready');
      },
      error: () => this.load.set('failed'),
    });
  }
}
