import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { EnrollmentAssessmentsResponse } from '@keino/contracts';

import { LanguageService } from '../../core/i18n/language';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { ListState } from '../../shared/ui/list-state';
import { signed, textIn, unanswered } from './assessment-logic';
import { AssessmentsApi } from './assessments-api';
import { followUpNotice, followUpRows, helsinkiToday, lastLevels } from './follow-up-logic';

/** The maturity self-assessment a year on: answered inside its window, beside the start and the end. */
@Component({
  selector: 'app-follow-up-assessment',
  imports: [ListState, LocalDatePipe, RouterLink, TranslocoDirective],
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
            <h1>{{ t('assessment.followUp.title') }}</h1>
            <p class="meta">{{ d.cohortName }} · {{ t('assessment.phase.follow_up') }}</p>
            <p class="lead">{{ t('assessment.followUp.lead') }}</p>
            <p class="note">
              {{
                t('assessment.followUp.window', {
                  opens: (d.followUp.opensOn | localDate: 'd.M.yyyy'),
                  last: (d.followUp.lastDay | localDate: 'd.M.yyyy'),
                })
              }}
            </p>
            @if (notice(); as n) {
              <p class="note locked">
                {{
                  t('assessment.followUp.' + n, {
                    opens: (d.followUp.opensOn | localDate: 'd.M.yyyy'),
                    last: (d.followUp.lastDay | localDate: 'd.M.yyyy'),
                  })
                }}
              </p>
            } @else {
              <form
                novalidate
                (submit)="$event.preventDefault(); save()"
                [attr.aria-label]="t('assessment.followUp.title')"
              >
                @for (dim of current(); track dim.id) {
                  <fieldset
                    class="dimension"
                    [attr.aria-describedby]="last(dim.id) ? 'last-' + dim.id : null"
                  >
                    <legend>{{ name(dim.name) }}</legend>
                    @if (last(dim.id); as level) {
                      <p class="note before" [id]="'last-' + dim.id">
                        {{ t('assessment.followUp.lastWas', { level }) }}
                      </p>
                    }
                    <ul class="levels">
                      @for (text of dim.levels; track $index; let i = $index) {
                        <li>
                          <label class="level" [class.was-start]="last(dim.id) === i + 1">
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
                  {{ d.followUp.answers.length ? t('assessment.update') : t('assessment.save') }}
                </button>
              </form>
            }
            <p class="announcement" role="status" aria-live="polite">
              {{ announcement() ? t(announcement()!) : '' }}
            </p>
            @if (rows().length) {
              <h2 id="follow-up-summary">{{ t('assessment.followUp.summary') }}</h2>
              <table class="bars" aria-labelledby="follow-up-summary">
                <thead>
                  <tr>
                    <th scope="col">{{ t('assessment.impact.dimension') }}</th>
                    <th scope="col">{{ t('assessment.impact.start') }}</th>
                    <th scope="col">{{ t('assessment.impact.end') }}</th>
                    <th scope="col">{{ t('assessment.impact.followUp') }}</th>
                    <th scope="col">{{ t('assessment.impact.followUpChange') }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (r of rows(); track r.dimensionId) {
                    <tr>
                      <th scope="row">{{ r.name }}</th>
                      <td>{{ r.start ?? '–' }}</td>
                      <td>{{ r.end ?? '–' }}</td>
                      <td>{{ r.followUp ?? '–' }}</td>
                      <td [class.change-up]="(r.change ?? 0) > 0" [class.change-down]="(r.change ?? 0) < 0">
                        {{ signedText(r.change) }}
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            }
          }
        </ng-template>
      </app-list-state>
    </section>
  `,
})
export class FollowUpAssessment {
  private readonly api = inject(AssessmentsApi);
  private readonly language = inject(LanguageService);
  readonly enrollmentId = input.required<string>();
  protected readonly load = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly data = signal<EnrollmentAssessmentsResponse | null>(null);
  protected readonly chosen = signal<Record<string, number | undefined>>({});
  protected readonly missing = signal<string[]>([]);
  protected readonly saving = signal(false);
  protected readonly announcement = signal<string | null>(null);

  protected readonly current = computed(() => (this.data()?.dimensions ?? []).filter((d) => !d.archivedAt));
  protected readonly notice = computed(() => {
    const d = this.data();
    return d ? followUpNotice(d, helsinkiToday()) : null;
  });
  private readonly lastLevels = computed(() => {
    const d = this.data();
    return d ? lastLevels(d) : new Map<string, number>();
  });
  protected readonly rows = computed(() => {
    const d = this.data();
    return d ? followUpRows(d, this.language.current()) : [];
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

  /** The level answered last before the follow-up (the end, else the start). */
  protected last(dimensionId: string): number | null {
    return this.lastLevels().get(dimensionId) ?? null;
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
    this.api.answerFollowUp(this.enrollmentId(), answers).subscribe({
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
    this.chosen.set(Object.fromEntries(data.followUp.answers.map((a) => [a.dimensionId, a.level])));
    this.load.set('ready');
  }
}
