import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type {
  ActivityResponse,
  CohortDetailResponse,
  MyEnrollmentResponse,
  ProgressResponse,
} from '@keino/contracts';
import { forkJoin, switchMap } from 'rxjs';

import { saveFile } from '../../core/files/save-file';
import { workshopIcs } from './ics';
import { LearningApi } from './learning-api';
import { LocalDatePipe, LocalPercentPipe } from '../../core/i18n/locale-pipes';
import { ActivityView } from '../../shared/ui/activity-view';
import { ListState } from '../../shared/ui/list-state';

const today = () => new Date().toISOString().slice(0, 10);

/** The course of one enrolment: modules in order (locked ones say when they open), activities, what is missing. */
@Component({
  selector: 'app-course-player',
  imports: [ActivityView, ListState, LocalDatePipe, LocalPercentPipe, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" *transloco="let t">
      <p>
        <a routerLink="/learning">← {{ t('learning.title') }}</a>
      </p>
      <app-list-state [status]="load()">
        <ng-template>
          @if (cohort(); as c) {
            <h1>{{ c.courseTitle }}</h1>
            <p class="meta">{{ c.name }} · {{ c.startsOn | localDate }}–{{ c.endsOn | localDate }}</p>
            @if (progress(); as p) {
              <div class="summary">
                <div class="progress">
                  <progress max="100" [value]="p.percent" [attr.aria-label]="t('player.progress')"></progress>
                  <span>{{
                    t('player.done', {
                      done: p.completedRequired,
                      total: p.totalRequired,
                      percent: (p.percent / 100 | localPercent: 1),
                    })
                  }}</span>
                </div>
                @if (p.completedAt) {
                  <p class="badge">
                    {{ t('player.completed', { date: (p.completedAt | localDate) }) }}
                  </p>
                } @else if (p.missing.length) {
                  <h2 class="small">{{ t('player.missing') }}</h2>
                  <ul>
                    @for (m of p.missing; track m.activityId) {
                      <li>{{ m.title }}</li>
                    }
                  </ul>
                }
              </div>
            }
            <p class="announcement" role="status" aria-live="polite">
              @if (announcement(); as key) {
                {{ t(key) }}
              }
            </p>
            @for (m of c.modules; track m.id; let i = $index) {
              <section class="module" [attr.aria-labelledby]="'module-' + m.id">
                <h2 [id]="'module-' + m.id">{{ i + 1 }}. {{ m.title }}</h2>
                @if (m.summary) {
                  <p class="meta">{{ m.summary }}</p>
                }
                @let locked = !!m.releasesOn && m.releasesOn > today;
                @if (locked) {
                  <p class="note locked">
                    {{ t('player.opens', { date: (m.releasesOn | localDate) }) }}
                  </p>
                }
                <ol class="activities">
                  @for (a of m.activities; track a.id) {
                    <li class="activity">
                      <app-activity-view [activity]="a" [doneOn]="doneOn(a.id)" [locked]="locked">
                        @if (a.kind === 'workshop' && a.startsAt) {
                          <button
                            activityWorkshopAction
                            type="button"
                            class="button"
                            (click)="downloadIcs(a)"
                          >
                            {{ t('player.ics') }}
                          </button>
                        }
                        @if (a.kind === 'assignment') {
                          <p>
                            <a class="button" [routerLink]="['assignment', a.id]">{{
                              t('player.openAssignment')
                            }}</a>
                          </p>
                        } @else if (a.kind === 'assessment') {
                          @if (canWrite() || doneOn(a.id)) {
                            <p>
                              <a
                                class="button"
                                [class.primary]="!doneOn(a.id)"
                                [routerLink]="['assessment', a.id]"
                              >
                                {{ doneOn(a.id) ? t('player.viewAssessment') : t('player.answerAssessment') }}
                              </a>
                            </p>
                          }
                        } @else if (a.kind !== 'workshop' && !doneOn(a.id) && canWrite()) {
                          <button
                            type="button"
                            class="button primary"
                            [disabled]="busy() === a.id"
                            (click)="markDone(a)"
                          >
                            {{ t('player.markDone') }}
                          </button>
                        }
                      </app-activity-view>
                    </li>
                  }
                </ol>
              </section>
            }
          }
        </ng-template>
      </app-list-state>
    </section>
  `,
})
export class CoursePlayer {
  private readonly api = inject(LearningApi);
  readonly enrollmentId = input.required<string>();
  protected readonly today = today();
  protected readonly load = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly cohort = signal<CohortDetailResponse | null>(null);
  private readonly enrollment = signal<MyEnrollmentResponse | null>(null);
  protected readonly progress = signal<ProgressResponse | null>(null);
  protected readonly busy = signal<string | null>(null);
  protected readonly announcement = signal<string | null>(null);
  private readonly done = computed(
    () =>
      new Map(
        (this.progress()?.activities ?? [])
          .filter((a) => a.completedAt)
          .map((a) => [a.activityId, a.completedAt]),
      ),
  );
  protected readonly canWrite = computed(() =>
    ['active', 'completed'].includes(this.enrollment()?.status ?? ''),
  );

  constructor() {
    effect(() => {
      const id = this.enrollmentId();
      this.load.set('loading');
      this.api
        .myEnrollments()
        .pipe(
          switchMap((list) => {
            const mine = list.items.find((e) => e.id === id);
            if (!mine) throw new Error('not found');
            this.enrollment.set(mine);
            return forkJoin([this.api.cohort(mine.cohortId), this.api.progress(id)]);
          }),
        )
        .subscribe({
          next: ([cohort, progress]) => {
            this.cohort.set(cohort);
            this.progress.set(progress);
            this.load.set('ready');
          },
          error: () => this.load.set('failed'),
        });
    });
  }

  protected doneOn(activityId: string): string | null {
    return this.done().get(activityId) ?? null;
  }

  protected markDone(activity: ActivityResponse): void {
    this.busy.set(activity.id);
    this.api
      .markDone(this.enrollmentId(), activity.id)
      .pipe(switchMap(() => this.api.progress(this.enrollmentId())))
      .subscribe({
        next: (progress) => {
          this.progress.set(progress);
          this.busy.set(null);
          this.announcement.set(progress.completedAt ? 'player.announceCompleted' : 'player.announceDone');
        },
        error: () => {
          this.busy.set(null);
          this.announcement.set('player.announceFailed');
        },
      });
  }

  protected downloadIcs(activity: ActivityResponse): void {
    if (!activity.startsAt) return;
    const ics = workshopIcs({
      id: activity.id,
      title: activity.title,
      startsAt: activity.startsAt,
      location: activity.location,
    });
    saveFile(new Blob([ics], { type: 'text/calendar' }), 'workshop.ics');
  }
}
