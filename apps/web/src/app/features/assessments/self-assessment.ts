import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { EnrollmentAssessmentsResponse } from '@keino/contracts';

import { LanguageService } from '../../core/i18n/language';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { ListState } from '../../shared/ui/list-state';
import { AssessmentBenchmark } from './assessment-benchmark';
import { levelsById, signed, summaryRows, textIn, unanswered } from './assessment-logic';
import { AssessmentsApi } from './assessments-api';

/** A participant answers the maturity self-assessment: one level per dimension, at the start or the end. */
@Component({
  selector: 'app-self-assessment',
  imports: [AssessmentBenchmark, ListState, LocalDatePipe, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './assessments.css',
  template: `
    <section class="page" *transloco="let t">
      <p>
        <a [routerLink]="['/learning', enrollmentId()]">← {{ t('assessment.backToCourse') }}</a>
      </p>
      <app-list-state [status]="load()">
        <ng-template>
          @if (data(); as d) {
            @if (activity(); as a) {
              <h1>{{ a.title }}</h1>
              <p class="meta">{{ d.cohortName }} · {{ t('assessment.phase.' + a.phase) }}</p>
              @if (d.followUp.canAnswer || d.followUp.answers.length) {
                <!-- A year on, the course's assessment leads to the follow-up. -->
                <p>
                  <a [routerLink]="['/learning', enrollmentId(), 'follow-up']">{{
                    t('assessment.followUp.open')
                  }}</a>
                </p>
              }
              <p class="lead">{{ t('assessment.lead.' + a.phase) }}</p>

              @if (!a.released) {
                <p class="note locked">{{ t('assessment.notReleased') }}</p>
              } @else if (d.canAnswer) {
                <form novalidate (submit)="$event.preventDefault(); save()" [attr.aria-label]="a.title">
                  @for (dim of current(); track dim.id) {
                    <fieldset
                      class="dimension"
                      [attr.aria-describedby]="before(dim.id) ? 'before-' + dim.id : null"
                    >
                      <legend>{{ name(dim.name) }}</legend>
                      @if (before(dim.id); as level) {
                        <p class="note before" [id]="'before-' + dim.id">
                          {{ t('assessment.startWas', { level }) }}
                        </p>
                      }
                      <ul class="levels">
                        @for (text of dim.levels; track $index; let i = $index) {
                          <li>
                            <label class="level" [class.was-start]="before(dim.id) === i + 1">
                              <input
                                type="radio"
                                [name]="'dim-' + dim.id"
                                [value]="i + 1"
                                [checked]="chosen()[dim.id] === i + 1"
                                (change)="choose(dim.id, i + 1)"
                              />
                              <span class="number">{{ i + 1 }}</span>
                              <span>{{ name(text) }}</span>
                            </label>
                          </li>
                        }
                      </ul>
                    </fieldset>
                  }
                  @if (missing().length) {
                    <p class="field-error" role="alert">
                      {{ t('assessment.missing', { names: missing().join(', ') }) }}
                    </p>
                  }
                  <button type="submit" class="button primary" [disabled]="saving()">
                    {{ mine().length ? t('assessment.update') : t('assessment.save') }}
                  </button>
                </form>
              } @else {
                <p class="note">{{ t('assessment.readOnly') }}</p>
              }

              <p class="announcement" role="status" aria-live="polite">
                {{ announcement() ? t(announcement()!) : '' }}
              </p>

              @if (summary().length) {
                <h2 id="assessment-summary">{{ t('assessment.summary') }}</h2>
                @if (answeredAt(); as when) {
                  <p class="meta">
                    {{ t('assessment.answeredOn', { date: (when | localDate) }) }}
                  </p>
                }
                <table class="bars" aria-labelledby="assessment-summary">
                  <thead>
                    <tr>
                      <th scope="col">{{ t('assessment.impact.dimension') }}</th>
                      <th scope="col">{{ t('assessment.impact.start') }}</th>
                      <th scope="col">{{ t('assessment.impact.end') }}</th>
                      <th scope="col">{{ t('assessment.impact.change') }}</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (r of summary(); track r.dimensionId) {
                      <tr>
                        <th scope="row">{{ r.name }}</th>
                        <td>{{ r.start ?? '–' }}</td>
                        <td>{{ r.end ?? '–' }}</td>
                        <td [class.change-up]="(r.change ?? 0) > 0" [class.change-down]="(r.change ?? 0) < 0">
                          {{ signedText(r.change) }}
                        </td>
                      </tr>
                    }
                  </tbody>
                </table>
                <app-assessment-benchmark [enrollmentId]="enrollmentId()" />
              }
            } @else {
              <p class="message" role="alert">{{ t('assessment.notFound') }}</p>
            }
          }
        </ng-template>
      </app-list-state>
    </section>
  `,
})
export class SelfAssessment {
  private readonly api = inject(AssessmentsApi);
  private readonly language = inject(LanguageService);
  readonly enrollmentId = input.required<string>();
  readonly activityId = input.required<string>();
  protected readonly load = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly data = signal<EnrollmentAssessmentsResponse | null>(null);
  protected readonly chosen = signal<Record<string, number | undefined>>({});
  protected readonly missing = signal<string[]>([]);
  protected readonly saving = signal(false);
  protected readonly announcement = signal<string | null>(null);

  protected readonly activity = computed(
    () => this.data()?.activities.find((a) => a.activityId === this.activityId()) ?? null,
  );
  protected readonly current = computed(() => (this.data()?.dimensions ?? []).filter((d) => !d.archivedAt));
  /** This phase's saved answers. */
  protected readonly mine = computed(() => {
    const d = this.data();
    const a = this.activity();
    return d && a ? d[a.phase].answers : [];
  });
  private readonly startLevels = computed(() => levelsById(this.data()?.start.answers ?? []));
  protected readonly summary = computed(() => {
    const d = this.data();
    return d ? summaryRows(d.dimensions, d.start.answers, d.end.answers, this.language.current()) : [];
  });
  protected readonly answeredAt = computed(() => {
    const d = this.data();
    const a = this.activity();
    return d && a ? d[a.phase].updatedAt : null;
  });

  constructor() {
    effect(() => {
      const id = this.enrollmentId();
      this.load.set('loading');
      this.api.forEnrollment(id).subscribe({
        next: (data) => this.show(data),
        error: () => this.load.set('failed'),
      });
    });
  }

  protected name(text: Parameters<typeof textIn>[0]): string {
    return textIn(text, this.language.current());
  }

  /** On the end phase, the level chosen at the start. */
  protected before(dimensionId: string): number | null {
    return this.activity()?.phase === 'end' ? (this.startLevels().get(dimensionId) ?? null) : null;
  }

  protected choose(dimensionId: string, level: number): void {
    this.chosen.update((c) => ({ ...c, [dimensionId]: level }));
    if (this.missing().length)
      this.missing.set(unanswered(this.current(), this.chosen(), this.language.current()));
  }

  protected signedText(value: number | null): string {
    return signed(value, this.language.current());
  }

  protected save(): void {
    const missing = unanswered(this.current(), this.chosen(), this.language.current());
    this.missing.set(missing);
    this.announcement.set(null);
    if (missing.length) return;
    this.saving.set(true);
    // Every current dimension has a level here: the missing ones were refused above.
    const answers = this.current().map((d) => ({ dimensionId: d.id, level: this.chosen()[d.id] ?? 0 }));
    this.api.answer(this.enrollmentId(), this.activityId(), answers).subscribe({
      next: (data) => {
        this.show(data);
        this.saving.set(false);
        this.announcement.set('assessment.saved');
      },
      error: () => {
        this.saving.set(false);
        this.announcement.set('assessment.saveFailed');
      },
    });
  }

  private show(data: EnrollmentAssessmentsResponse): void {
    this.data.set(data);
    const phase = data.activities.find((a) => a.activityId === this.activityId())?.phase;
    const saved = phase ? data[phase].answers : [];
    this.chosen.set(Object.fromEntries(saved.map((a) => [a.dimensionId, a.level])));
    this.load.set('ready');
  }
}
