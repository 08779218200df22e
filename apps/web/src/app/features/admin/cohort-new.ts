import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CourseResponse, ModuleResponse, UserResponse } from '@keino/contracts';
import { forkJoin } from 'rxjs';

import { FORM_FIELD } from '../../shared/ui/form-field';
import { ListState } from '../../shared/ui/list-state';
import { AdminApi } from './admin-api';
import { CohortScheduleFields } from './cohort-schedule-fields';
import { Errors, hasErrors, toggle } from './admin-forms';
import { CohortBasicFields } from './cohort-basic-fields';
import {
  CohortField,
  CohortForm,
  cohortServerErrors,
  emptyCohortForm,
  suggestWorkshopTimes,
  toCreateCohortRequest,
  validateCohort,
  WorkshopDefault,
} from './cohort-forms';

/** Opens a cohort on the latest published version of a course: dates, seats, trainers and module release dates. */
@Component({
  selector: 'app-cohort-new',
  imports: [
    ListState,
    FormsModule,
    RouterLink,
    TranslocoDirective,
    CohortBasicFields,
    CohortScheduleFields,
    ...FORM_FIELD,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin-pages.css',
  template: `
    <section class="page" *transloco="let t">
      <p>
        <a routerLink="/admin">← {{ t('admin.title') }}</a>
      </p>
      <h1>{{ t('adminArea.newCohort.title') }}</h1>
      <app-list-state
        [status]="load()"
        [empty]="courses().length === 0"
        [emptyText]="t('adminArea.newCohort.noCourses')"
      >
        <ng-template>
          @let e = errors();
          <form class="narrow" novalidate (ngSubmit)="create()" (change)="revalidate()">
            <app-form-field
              fieldId="courseId"
              [label]="t('adminArea.newCohort.course')"
              [error]="e.courseId && t('adminArea.errors.' + e.courseId)"
            >
              <select
                appFieldControl
                name="courseId"
                [ngModel]="form.courseId"
                (ngModelChange)="chooseCourse($event)"
                required
              >
                <option value="">{{ t('adminArea.choose') }}</option>
                @for (c of courses(); track c.id) {
                  <option [value]="c.id">
                    {{ c.title }} ({{ t('admin.version', { version: c.latestVersion }) }})
                  </option>
                }
              </select>
            </app-form-field>

            <app-cohort-basic-fields [form]="form" [errors]="e" />

            <app-form-fieldset
              fieldId="trainerIds"
              [label]="t('adminArea.newCohort.trainers')"
              [error]="e.trainerIds && t('adminArea.errors.' + e.trainerIds)"
            >
              @if (trainers().length === 0) {
                <p class="note">{{ t('adminArea.newCohort.noTrainers') }}</p>
              } @else {
                <ul class="choices">
                  @for (u of trainers(); track u.id) {
                    <li>
                      <label class="choice">
                        <input
                          type="checkbox"
                          [name]="'trainer-' + u.id"
                          [checked]="form.trainerIds.includes(u.id)"
                          (change)="setTrainer(u.id, $any($event.target).checked)"
                        />
                        {{ u.fullName }}
                      </label>
                    </li>
                  }
                </ul>
              }
            </app-form-fieldset>

            <app-cohort-schedule-fields
              [modules]="modules()"
              [workshops]="workshops()"
              [status]="modulesLoad()"
              [form]="form"
              [errors]="e"
              (suggest)="suggestWorkshops()"
            />

            <div>
              <button type="submit" class="button primary" [disabled]="busy()">
                {{ t('adminArea.newCohort.create') }}
              </button>
            </div>
          </form>
          <p class="message" role="alert">
            @if (errors().form; as e) {
              {{ t('adminArea.errors.' + e) }}
            } @else if (hasFieldErrors()) {
              {{ t('adminArea.errors.checkFields') }}
            }
          </p>
        </ng-template>
      </app-list-state>
    </section>
  `,
})
export class CohortNew {
  private readonly api = inject(AdminApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly load = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly modulesLoad = signal<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  protected readonly courses = signal<CourseResponse[]>([]);
  protected readonly trainers = signal<UserResponse[]>([]);
  protected readonly modules = signal<ModuleResponse[]>([]);
  protected readonly errors = signal<Errors<CohortField | 'form'>>({});
  protected readonly hasFieldErrors = signal(false);
  protected readonly busy = signal(false);
  private submitted = false;
  protected form: CohortForm = emptyCohortForm();
  /** The chosen version's workshops, in course order: each may meet at a time of this cohort's own. */
  protected readonly workshops = computed(() =>
    this.modules().flatMap((m) => m.activities.filter((a) => a.kind === 'workshop')),
  );
  /** The workshops with their modules and the course's times: what a cohort's own times are checked against. */
  private readonly workshopDefaults = computed<WorkshopDefault[]>(() =>
    this.modules().flatMap((m) =>
      m.activities
        .filter((a) => a.kind === 'workshop')
        .map((a) => ({ id: a.id, moduleId: m.id, startsAt: a.startsAt })),
    ),
  );

  constructor() {
    forkJoin([this.api.publishedCourses(), this.api.trainers()]).subscribe({
      next: ([courses, trainers]) => {
        this.courses.set(courses);
        this.trainers.set(trainers);
        this.load.set('ready');
        if (courses.length === 1) this.chooseCourse(courses[0].id);
      },
      error: () => this.load.set('failed'),
    });
  }

  protected chooseCourse(courseId: string): void {
    this.form = { ...this.form, courseId, releases: {}, workshops: {} };
    this.modules.set([]);
    const course = this.courses().find((c) => c.id === courseId);
    if (!course?.latestVersion) {
      this.modulesLoad.set('idle');
      return;
    }
    this.modulesLoad.set('loading');
    this.api.courseVersion(course.id, course.latestVersion).subscribe({
      next: (version) => {
        // Ignore an answer for a course the admin has already switched away from.
        if (this.form.courseId !== version.courseId) return;
        this.modules.set(version.modules);
        this.modulesLoad.set('ready');
      },
      error: () => this.modulesLoad.set('failed'),
    });
  }

  protected setTrainer(id: string, on: boolean): void {
    const all = this.trainers().map((u) => u.id);
    this.form = { ...this.form, trainerIds: toggle(this.form.trainerIds, id, on, all) };
  }

  /** After a refused submit, errors follow the corrections as they are made (focus stays where it is). */
  protected revalidate(): void {
    if (!this.submitted) return;
    const errors = validateCohort(
      this.form,
      this.modules().map((m) => m.id),
      this.workshopDefaults(),
    );
    this.errors.set(errors);
    this.hasFieldErrors.set(hasErrors(errors));
  }

  protected create(): void {
    this.submitted = true;
    const moduleIds = this.modules().map((m) => m.id);
    const errors = validateCohort(this.form, moduleIds, this.workshopDefaults());
    this.show(errors);
    if (hasErrors(errors)) return;
    this.busy.set(true);
    this.api.createCohort(toCreateCohortRequest(this.form, moduleIds, this.workshopIds())).subscribe({
      next: (cohort) => void this.router.navigate(['/admin/cohorts', cohort.id]),
      error: (error: HttpErrorResponse) => {
        this.busy.set(false);
        this.show(cohortServerErrors(error.status, error));
      },
    });
  }

  /** Fills the empty workshop times from the release plan; the admin checks and changes them before saving. */
  protected suggestWorkshops(): void {
    this.form = { ...this.form, workshops: suggestWorkshopTimes(this.form, this.workshopDefaults()) };
    this.revalidate();
  }

  private workshopIds(): string[] {
    return this.workshops().map((w) => w.id);
  }

  /** Shows the errors and moves focus to the first field that has one. */
  private show(errors: Errors<CohortField | 'form'>): void {
    this.errors.set(errors);
    this.hasFieldErrors.set(Object.keys(errors).some((k) => k !== 'form'));
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      { injector: this.injector },
    );
  }
}
