import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { MyOverviewResponse, OverviewWorkshop } from '@keino/contracts';

import { saveFile } from '../../core/files/save-file';
import { LocalDatePipe, LocalPercentPipe } from '../../core/i18n/locale-pipes';
import { workshopIcs } from './ics';

/** How many late activities a card names before it only counts the rest. */
export const LATE_SHOWN = 3;

/** The top of My learning: per running cohort what is next and what is late, the next workshop, the team. */
@Component({
  selector: 'app-learning-overview',
  imports: [LocalDatePipe, LocalPercentPipe, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .late {
      border-left: 4px solid var(--danger);
      padding-left: 0.75rem;
    }
    .team {
      width: 100%;
      border-collapse: collapse;
    }
    .team th,
    .team td {
      text-align: left;
      padding: 0.25rem 0.5rem 0.25rem 0;
      border-bottom: 1px solid #c9d1dc;
      overflow-wrap: anywhere;
    }
    .team td:last-child,
    .team th:last-child {
      text-align: right;
    }
  `,
  template: `
    <section *transloco="let t" aria-labelledby="overview-title">
      <h2 id="overview-title">{{ t('dashboard.title') }}</h2>
      @if (overview(); as o) {
        <div class="summary" data-testid="next-workshop">
          <h3>{{ t('dashboard.nextWorkshop') }}</h3>
          @if (o.nextWorkshop; as w) {
            <p>
              <strong>{{ w.title }}</strong><br />
              {{ w.startsAt | localDate: 'weekdayDateTime' }} · {{ w.location ?? t('cohortPage.placeLater')
              }}<br />
              <span class="meta">{{ w.cohortName }}</span>
            </p>
            <button type="button" class="button" (click)="downloadIcs(w)">{{ t('player.ics') }}</button>
          } @else {
            <p>{{ t('dashboard.noWorkshop') }}</p>
          }
        </div>
        <ul class="cards">
          @for (c of o.cohorts; track c.enrollmentId) {
            <li class="card" [attr.aria-labelledby]="'overview-' + c.enrollmentId">
              <h3 [id]="'overview-' + c.enrollmentId">{{ c.cohortName }}</h3>
              <p class="meta">
                {{ c.courseTitle }} ·
                {{ t('dashboard.percentDone', { percent: (c.percent / 100 | localPercent: 1) }) }}
              </p>
              <h4>{{ t('dashboard.next') }}</h4>
              @if (c.next; as n) {
                <p>
                  <a [routerLink]="['/learning', c.enrollmentId]">{{ n.title }}</a>
                  <span class="meta"> ({{ n.moduleTitle }})</span>
                </p>
              } @else {
                <p>{{ t('dashboard.nothingOpen') }}</p>
              }
              <h4>{{ t('dashboard.late') }}</h4>
              @if (c.late.length) {
                <ul class="late">
                  @for (a of c.late.slice(0, LATE_SHOWN); track a.activityId) {
                    <li>
                      {{ a.title }} <span class="meta">({{ a.moduleTitle }})</span>
                    </li>
                  }
                </ul>
                @if (c.late.length > LATE_SHOWN) {
                  <p class="note">{{ t('dashboard.lateMore', { count: c.late.length - LATE_SHOWN }) }}</p>
                }
              } @else {
                <p>{{ t('dashboard.nothingLate') }}</p>
              }
              <h4>{{ t('dashboard.team') }}</h4>
              @if (c.team.length) {
                <table class="team">
                  <caption class="visually-hidden">
                    {{
                      t('dashboard.teamOf', { name: c.cohortName })
                    }}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{{ t('dashboard.colleague') }}</th>
                      <th scope="col">{{ t('dashboard.done') }}</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (m of c.team; track $index) {
                      <tr>
                        <td>{{ m.fullName }}</td>
                        <td>{{ m.percent / 100 | localPercent: 1 }}</td>
                      </tr>
                    }
                  </tbody>
                </table>
              } @else {
                <p>{{ t('dashboard.noTeam') }}</p>
              }
            </li>
          }
        </ul>
        @if (lateTotal() > 0) {
          <p class="note">{{ t('dashboard.lateExplained') }}</p>
        }
      }
    </section>
  `,
})
export class LearningOverview {
  readonly overview = input<MyOverviewResponse | null>(null);
  protected readonly LATE_SHOWN = LATE_SHOWN;
  protected readonly lateTotal = computed(() =>
    (this.overview()?.cohorts ?? []).reduce((n, c) => n + c.late.length, 0),
  );

  protected downloadIcs(w: OverviewWorkshop): void {
    const ics = workshopIcs({ id: w.activityId, title: w.title, startsAt: w.startsAt, location: w.location });
    saveFile(new Blob([ics], { type: 'text/calendar' }), 'workshop.ics');
  }
}
