import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  OnInit,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CohortDetailResponse } from '@keino/contracts';

import { ListState } from '../../shared/ui/list-state';
import { AdminApi } from './admin-api';
import { Errors, hasErrors } from './admin-forms';
import { CohortBasicFields } from './cohort-basic-fields';
import {
  CohortField,
  CohortForm,
  cohortFormOf,
  cohortServerErrors,
  emptyCohortForm,
  suggestWorkshopTimes,
  toUpdateCohortRequest,
  validateCohort,
  WorkshopDefault,
} from './cohort-forms';
import { CohortScheduleFields } from './cohort-schedule-fields';

/** Changes a cohort after it was opened: its name, dates, seats, place and link, module releases and workshop times. */
@Component({
  selector: 'app-cohort-edit',
  imports: [ListState, FormsModule, RouterLink, TranslocoDirective, CohortBasicFields, CohortScheduleFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin-pages.css',
  template: `
    <section class="page" *transloco="let t">
      <p>
        <a [routerLink]="['/admin/cohorts', cohortId()]">← {{ cohort()?.name ?? t('admin.title') }}</a>
      </p>
      <h1>{{ t('adminArea.editCohort.title', { name: cohort()?.name ?? '' }) }}</h1>
      <app-list-state [status]="load()">
        <ng-template>
          @let e = errors();
          <p class="meta">
            {{ cohort()?.courseTitle }} · {{ t('admin.version', { version: cohort()?.courseVersion }) }}
          </p>
          <form class="narrow" novalidate (ngSubmit)="save()" (change)="revalidate()">
            <app-cohort-basic-fields [form]="form" [errors]="e" />
            <app-cohort-schedule-fields
              [modules]="modules()"
              [workshops]="workshops()"
              status="ready"
              [form]="form"
              [errors]="e"
              (suggest)="suggestWorkshops()"
            />
            <div>
              <button type="submit" class="button primary" [disabled]="busy()">
                {{ t('adminArea.editCohort.save') }}
              </button>
            </div>
          </form>
          <p class="message" role="alert">
            @if (errors().form; as f) {
              {{ t('adminArea.errors.' + f) }}
            } @else if (hasFieldErrors()) {
              {{ t('adminArea.errors.checkFields') }}
            }
          </p>
        </ng-template>
      </app-list-state>
    </section>
  `,
})
export class CohortEdit implements OnInit {
  private readonly api = inject(AdminApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  readonly cohortId = input.required<string>();
  protected readonly load = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly cohort = signal<CohortDetailResponse | null>(null);
  protected readonly errors = signal<Errors<CohortField | 'form'>>({});
  protected readonly hasFieldErrors = signal(false);
  protected readonly busy = signal(false);
  protected form: CohortForm = emptyCohortForm();
  private submitted = false;
  protected readonly modules = computed(() => this.cohort()?.modules ?? []);
  protected readonly workshops = computed(() =>
    this.modules().flatMap((m) => m.activities.filter((a) => a.kind === 'workshop')),
  );
  private readonly workshopDefaults = computed<WorkshopDefault[]>(() =>
    this.modules().flatMap((m) =>
      m.activities
        .filter((a) => a.kind === 'workshop')
        .map((a) => ({ id: a.id, moduleId: m.id, startsAt: a.startsAt })),
    ),
  );

  ngOnInit(): void {
    this.api.cohort(this.cohortId()).subscribe({
      next: (cohort) => {
        this.cohort.set(cohort);
        this.form = cohortFormOf(cohort);
        this.load.set('ready');
      },
      error: () => this.load.set('failed'),
    });
  }

  protected revalidate(): void {
    if (!this.submitted) return;
    const errors = this.validate();
    this.errors.set(errors);
    this.hasFieldErrors.set(hasErrors(errors));
  }

  protected suggestWorkshops(): void {
    this.form = { ...this.form, workshops: suggestWorkshopTimes(this.form, this.workshopDefaults()) };
    this.revalidate();
  }

  protected save(): void {
    this.submitted = true;
    const errors = this.validate();
    this.show(errors);
    if (hasErrors(errors)) return;
    this.busy.set(true);
    const body = toUpdateCohortRequest(
      this.form,
      this.modules().map((m) => m.id),
      this.workshops().map((w) => w.id),
    );
    this.api.updateCohort(this.cohortId(), body).subscribe({
      next: (cohort) => void this.router.navigate(['/admin/cohorts', cohort.id]),
      error: (error: HttpErrorResponse) => {
        this.busy.set(false);
        this.show(cohortServerErrors(error.status, error));
      },
    });
  }

  private validate(): Errors<CohortField> {
    return validateCohort(
      this.form,
      this.modules().map((m) => m.id),
      this.workshopDefaults(),
    );
  }

  private show(errors: Errors<CohortField | 'form'>): void {
    this.errors.set(errors);
    this.hasFieldErrors.set(Object.keys(errors).some((k) => k !== 'form'));
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      { injector: this.injector },
    );
  }
}
