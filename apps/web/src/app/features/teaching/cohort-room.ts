import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { AtRiskParticipant, CohortDetailResponse, ProgressGridResponse } from '@keino/contracts';
import { forkJoin } from 'rxjs';

import { TeachingApi } from './teaching-api';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { ListState } from '../../shared/ui/list-state';

/** One cohort for its trainer: who is behind, and the progress grid where workshop attendance is recorded. */
@Component({
  selector: 'app-cohort-room',
  imports: [ListState, LocalDatePipe, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" *transloco="let t">
      <p>
        <a routerLink="/teaching">← {{ t('teaching.title') }}</a>
      </p>
      <h1>{{ cohort()?.name ?? t('teaching.cohort') }}</h1>
      @if (cohort(); as c) {
        <p class="meta">{{ c.courseTitle }} · {{ c.startsOn | localDate }}–{{ c.endsOn | localDate }}</p>
      }
      <p>
        <a class="button" [routerLink]="['/teaching', cohortId(), 'assignments']">{{
          t('assignment.review.open')
        }}</a>
        <a class="button" [routerLink]="['/teaching', cohortId(), 'groups']">{{ t('groups.board.open') }}</a>
      </p>
      <p class="announcement" role="status" aria-live="polite">
        {{ announcement() ? t(announcement()!) : '' }}
      </p>
      <app-list-state [status]="load()">
        <ng-template>
          <h2>{{ t('teaching.atRisk') }}</h2>
          @if (atRisk().length === 0) {
            <p>{{ t('teaching.nobodyBehind') }}</p>
          } @else {
            <ul>
              @for (p of atRisk(); track p.enrollmentId) {
                <li>
                  {{
                    t('teaching.behind', {
                      name: p.fullName,
                      done: p.completedRequired,
                      expected: p.expectedRequired,
                    })
                  }}
                </li>
              }
            </ul>
          }
          @if (grid(); as g) {
            <h2 id="grid-title">{{ t('teaching.grid') }}</h2>
            <div class="table-scroll" role="region" aria-labelledby="grid-title" tabindex="0">
              <table class="grid">
                <caption>
                  {{
                    t('teaching.gridCaption')
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{{ t('teaching.participant') }}</th>
                    @for (a of g.activities; track a.activityId) {
                      <th scope="col" [attr.title]="a.moduleTitle">{{ a.title }}</th>
                    }
                  </tr>
                </thead>
                <tbody>
                  @for (p of g.participants; track p.enrollmentId) {
                    <tr>
                      <th scope="row">{{ p.fullName }}</th>
                      @for (a of g.activities; track a.activityId; let i = $index) {
                        <td>
                          @if (p.completedOn[i]; as day) {
                            <span [attr.aria-label]="t('teaching.doneOn', { date: (day | localDate) })"
                              >✓ {{ day | localDate: 'dayMonth' }}</span
                            >
                          } @else if (a.kind === 'workshop' && p.status === 'active' && held(a.activityId)) {
                            <label class="attendance">
                              <input
                                type="checkbox"
                                [disabled]="busy() === p.enrollmentId + a.activityId"
                                (change)="recordAttendance(p.enrollmentId, a.activityId)"
                              />
                              <span class="visually-hidden">{{
                                t('teaching.present', { name: p.fullName, workshop: a.title })
                              }}</span>
                            </label>
                          } @else if (a.kind === 'workshop' && startOf(a.activityId); as at) {
                            <!-- Not held yet: attendance is recorded once the workshop has begun. -->
                            <span class="meta">{{ t('teaching.notHeld', { date: (at | localDate) }) }}</span>
                          } @else {
                            <span [attr.aria-label]="t('teaching.notDone')">–</span>
                          }
                        </td>
                      }
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
export class CohortRoom {
  private readonly api = inject(TeachingApi);
  readonly cohortId = input.required<string>();
  protected readonly load = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly grid = signal<ProgressGridResponse | null>(null);
  /** The cohort itself: the room is named after it. */
  protected readonly cohort = signal<CohortDetailResponse | null>(null);
  /** When each workshop meets in this cohort (its own time, else the course's). */
  private readonly workshopStarts = computed(
    () =>
      new Map(
        (this.cohort()?.modules ?? [])
          .flatMap((m) => m.activities)
          .filter((a) => a.kind === 'workshop' && a.startsAt)
          .map((a) => [a.id, a.startsAt as string]),
      ),
  );
  protected readonly atRisk = signal<AtRiskParticipant[]>([]);
  protected readonly busy = signal<string | null>(null);
  protected readonly announcement = signal<string | null>(null);

  constructor() {
    effect(() => this.refresh(this.cohortId()));
  }

  protected startOf(activityId: string): string | null {
    return this.workshopStarts().get(activityId) ?? null;
  }

  /** A workshop without a time, or one that has begun: attendance can be recorded. */
  protected held(activityId: string): boolean {
    const at = this.startOf(activityId);
    return !at || new Date(at).getTime() <= Date.now();
  }

  private refresh(cohortId: string): void {
    forkJoin([this.api.grid(cohortId), this.api.atRisk(cohortId), this.api.cohort(cohortId)]).subscribe({
      next: ([grid, atRisk, cohort]) => {
        this.cohort.set(cohort);
        this.grid.set(grid);
        this.atRisk.set(atRisk);
        this.load.set('ready');
      },
      error: () => this.load.set('failed'),
    });
  }

  protected recordAttendance(enrollmentId: string, activityId: string): void {
    this.busy.set(enrollmentId + activityId);
    this.api.recordAttendance(enrollmentId, activityId).subscribe({
      next: () => {
        this.busy.set(null);
        this.announcement.set('teaching.recorded');
        this.refresh(this.cohortId());
      },
      error: () => {
        this.busy.set(null);
        this.announcement.set('teaching.recordFailed');
      },
    });
  }
}
