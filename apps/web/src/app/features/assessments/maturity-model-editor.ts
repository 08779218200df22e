import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import type { MaturityDimension } from '@keino/contracts';

import { LanguageService } from '../../core/i18n/language';
import { ListState } from '../../shared/ui/list-state';
import {
  DimensionDraft,
  draftProblems,
  LANGS,
  moved,
  newDraft,
  textIn,
  toDraft,
  toRequest,
} from './assessment-logic';
import { AssessmentsApi } from './assessments-api';

/** Programme staff edit the maturity model: dimensions in order, each with its name and five levels in fi, sv, en. */
@Component({
  selector: 'app-maturity-model-editor',
  imports: [ListState, FormsModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './assessments.css',
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('assessment.model.title') }}</h1>
      <p class="lead">{{ t('assessment.model.lead') }}</p>
      <app-list-state [status]="load()">
        <ng-template>
          <form novalidate (ngSubmit)="save()" [attr.aria-label]="t('assessment.model.title')">
            @for (d of drafts(); track d.key; let i = $index; let first = $first; let last = $last) {
              <section class="dimension" [attr.aria-labelledby]="'dim-title-' + d.key">
                <h2 [id]="'dim-title-' + d.key">
                  {{ t('assessment.model.dimension', { n: i + 1 }) }}:
                  {{ title(d) || t('assessment.model.untitled') }}
                </h2>
                <fieldset class="level-texts">
                  <legend>{{ t('assessment.model.name') }}</legend>
                  <div class="texts">
                    @for (lang of langs; track lang) {
                      <div>
                        <label [for]="'dim-' + d.key + '-name-' + lang">{{
                          t('assessment.model.lang.' + lang)
                        }}</label>
                        <input
                          [id]="'dim-' + d.key + '-name-' + lang"
                          [name]="'dim-' + d.key + '-name-' + lang"
                          [(ngModel)]="d.name[lang]"
                          maxlength="1000"
                          autocomplete="off"
                          [attr.aria-invalid]="submitted() && !d.name[lang].trim()"
                        />
                      </div>
                    }
                  </div>
                </fieldset>
                @for (level of d.levels; track $index; let l = $index) {
                  <fieldset class="level-texts">
                    <legend>{{ t('assessment.model.level', { n: l + 1 }) }}</legend>
                    <div class="texts">
                      @for (lang of langs; track lang) {
                        <div>
                          <label [for]="'dim-' + d.key + '-level-' + l + '-' + lang">{{
                            t('assessment.model.lang.' + lang)
                          }}</label>
                          <textarea
                            [id]="'dim-' + d.key + '-level-' + l + '-' + lang"
                            [name]="'dim-' + d.key + '-level-' + l + '-' + lang"
                            rows="3"
                            maxlength="1000"
                            [(ngModel)]="level[lang]"
                            [attr.aria-invalid]="submitted() && !level[lang].trim()"
                          ></textarea>
                        </div>
                      }
                    </div>
                  </fieldset>
                }
                <div class="row-actions">
                  <button type="button" class="button" [disabled]="first" (click)="move(i, -1)">
                    {{ t('assessment.model.up') }}<span class="visually-hidden">: {{ title(d) }}</span>
                  </button>
                  <button type="button" class="button" [disabled]="last" (click)="move(i, 1)">
                    {{ t('assessment.model.down') }}<span class="visually-hidden">: {{ title(d) }}</span>
                  </button>
                  <button
                    type="button"
                    class="button danger"
                    [disabled]="drafts().length === 1"
                    (click)="remove(i)"
                  >
                    {{ t('assessment.model.remove') }}<span class="visually-hidden">: {{ title(d) }}</span>
                  </button>
                </div>
              </section>
            }
            <p class="note">{{ t('assessment.model.removeNote') }}</p>
            @if (problems().length) {
              <p class="field-error" role="alert">
                {{ t('assessment.model.incomplete', { list: problems().join(', ') }) }}
              </p>
            }
            <div class="row-actions">
              <button type="button" class="button" (click)="add()">{{ t('assessment.model.add') }}</button>
              <button type="submit" class="button primary" [disabled]="saving()">
                {{ t('assessment.model.save') }}
              </button>
            </div>
          </form>
          <p class="announcement" role="status" aria-live="polite">
            {{ announcement() ? t(announcement()!) : '' }}
          </p>
          @if (archived().length) {
            <h2>{{ t('assessment.model.archived') }}</h2>
            <p class="note">{{ t('assessment.model.archivedNote') }}</p>
            <ul>
              @for (a of archived(); track a.id) {
                <li>
                  {{ name(a) }}
                  <button type="button" class="link-button" (click)="restore(a)">
                    {{ t('assessment.model.restore') }}<span class="visually-hidden">: {{ name(a) }}</span>
                  </button>
                </li>
              }
            </ul>
          }
        </ng-template>
      </app-list-state>
    </section>
  `,
})
export class MaturityModelEditor {
  private readonly api = inject(AssessmentsApi);
  private readonly language = inject(LanguageService);
  protected readonly langs = LANGS;
  protected readonly load = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly drafts = signal<DimensionDraft[]>([]);
  private readonly archivedAll = signal<MaturityDimension[]>([]);
  protected readonly archived = computed(() =>
    this.archivedAll().filter((a) => !this.drafts().some((d) => d.id === a.id)),
  );
  protected readonly submitted = signal(false);
  protected readonly problems = signal<string[]>([]);
  protected readonly saving = signal(false);
  protected readonly announcement = signal<string | null>(null);

  constructor() {
    this.api.model().subscribe({
      next: (model) => {
        this.drafts.set(model.dimensions.map(toDraft));
        this.archivedAll.set(model.archived);
        this.load.set('ready');
      },
      error: () => this.load.set('failed'),
    });
  }

  protected title(d: DimensionDraft): string {
    return textIn(d.name, this.language.current());
  }

  protected name(d: MaturityDimension): string {
    return textIn(d.name, this.language.current());
  }

  protected add(): void {
    this.drafts.update((list) => [...list, newDraft()]);
  }

  protected move(index: number, delta: -1 | 1): void {
    this.drafts.update((list) => moved(list, index, delta));
  }

  protected remove(index: number): void {
    this.drafts.update((list) => list.filter((_, i) => i !== index));
  }

  protected restore(dimension: MaturityDimension): void {
    this.drafts.update((list) => [...list, toDraft(dimension)]);
  }

  protected save(): void {
    this.submitted.set(true);
    this.announcement.set(null);
    const problems = draftProblems(this.drafts());
    this.problems.set(
      this.drafts()
        .map((d, i) => (problems.has(d.key) ? String(i + 1) : null))
        .filter((n): n is string => n !== null),
    );
    if (problems.size) return;
    this.saving.set(true);
    this.api.saveModel(toRequest(this.drafts())).subscribe({
      next: (model) => {
        this.drafts.set(model.dimensions.map(toDraft));
        this.archivedAll.set(model.archived);
        this.submitted.set(false);
        this.saving.set(false);
        this.announcement.set('assessment.model.saved');
      },
      error: () => {
        this.saving.set(false);
        this.announcement.set('assessment.model.saveFailed');
      },
    });
  }
}
