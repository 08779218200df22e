import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { GroupResponse, MyGroupMeeting, OverviewCohort } from '@keino/contracts';
import { forkJoin, of } from 'rxjs';

import { saveFile } from '../../core/files/save-file';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { workshopIcs } from '../learning/ics';
import { GroupsApi } from './groups-api';

/** In My learning: the participant's small group in each running cohort, its coaches, their mentor, its meetings. */
@Component({
  selector: 'app-my-group',
  imports: [LocalDatePipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @for (g of groups(); track g.id) {
        <section class="summary" [attr.aria-labelledby]="'my-group-' + g.id" data-testid="my-group">
          <h3 [id]="'my-group-' + g.id">{{ t('groups.my.title', { name: g.name }) }}</h3>
          <p>
            {{ t('groups.coaches') }}:
            {{ names(g.coaches) || '–' }}
            @if (mentorOf(g); as m) {
              <br />{{ t('groups.my.mentor') }}: {{ m }}
            }
          </p>
          <p class="meta">{{ t('groups.my.together') }}: {{ orgNames(g) }}</p>
          <h4>{{ t('groups.my.meetings') }}</h4>
          <ul>
            @for (m of meetingsOf(g); track m.id) {
              <li>
                <strong>{{ m.title }}</strong> · {{ m.startsAt | localDate: 'EEEE d.M.yyyy HH:mm' }}
                @if (m.location) {
                  · {{ m.location }}
                }
                @if (m.onlineUrl) {
                  ·
                  <a [href]="m.onlineUrl" rel="noopener noreferrer" target="_blank">{{
                    t('groups.meetings.online')
                  }}</a>
                }
                <button
                  type="button"
                  class="button"
                  [attr.aria-label]="t('groups.my.ics', { title: m.title })"
                  (click)="downloadIcs(m)"
                >
                  {{ t('player.ics') }}
                </button>
              </li>
            } @empty {
              <li>{{ t('groups.meetings.none') }}</li>
            }
          </ul>
        </section>
      }
    </ng-container>
  `,
})
export class MyGroup {
  private readonly api = inject(GroupsApi);
  readonly cohorts = input.required<OverviewCohort[]>();
  readonly organizationId = input<string | null>(null);
  protected readonly groups = signal<GroupResponse[]>([]);
  private readonly meetings = signal<MyGroupMeeting[]>([]);

  constructor() {
    effect(() => {
      const ids = [...new Set(this.cohorts().map((c) => c.cohortId))];
      forkJoin([
        ids.length ? forkJoin(ids.map((id) => this.api.groups(id))) : of([]),
        this.api.myMeetings(),
      ]).subscribe(([lists, meetings]) => {
        this.groups.set(lists.flatMap((l) => l.items));
        this.meetings.set(meetings.items);
      });
    });
  }

  protected names(people: { fullName: string }[]): string {
    return people.map((p) => p.fullName).join(', ');
  }

  protected orgNames(g: GroupResponse): string {
    return g.organizations.map((o) => o.name).join(', ');
  }

  /** The caller's own organisation's mentor (a participant's group lists theirs among the group's organisations). */
  protected mentorOf(g: GroupResponse): string | null {
    const own = g.organizations.find((o) => o.id === this.organizationId());
    return own?.mentor?.fullName ?? null;
  }

  protected meetingsOf(g: GroupResponse): MyGroupMeeting[] {
    return this.meetings().filter((m) => m.groupId === g.id);
  }

  protected downloadIcs(m: MyGroupMeeting): void {
    const hours = m.endsAt ? (Date.parse(m.endsAt) - Date.parse(m.startsAt)) / 3_600_000 : 2;
    const ics = workshopIcs({
      id: m.id,
      title: m.title,
      startsAt: m.startsAt,
      location: m.location ?? m.onlineUrl,
      hours,
    });
    saveFile(new Blob([ics], { type: 'text/calendar' }), 'group-meeting.ics');
  }
}
