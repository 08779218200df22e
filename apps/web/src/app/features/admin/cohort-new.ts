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

import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { ListState } from '../../shared/ui/list-state';
import { AdminApi } from './admin-api';
import {
  CohortField,
  CohortForm,
  Errors,
  hasErrors,
  serverErrors,
  toCreateCohortRequest,
  toggle,
  validateCohort,
} from './admin-forms';

const FIELDS: readonly CohortField[] = [
  'courseId',
  'name',
  'startsOn',
  'endsOn',
  'capacity',
  'enrollmentClosesAt',
  'trainerIds',
];

/** Opens a cohort on the latest published version of a course: dates, seats, trainers and module release dates. */
@Component({
  selector: 'app-cohort-new',
  imports: [ListState, FormsModule, LocalDatePipe, RouterLink, TranslocoDirective],
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
          <form class="narrow" novalidate (ngSubmit)="create()" (change)="revalidate()">
            <label for="courseId">{{ t('adminArea.newCohort.course') }}</label>
            <select
              id="courseId"
              name="courseId"
              [ngModel]="form.courseId"
              (ngModelChange)="chooseCourse($event)"
              required
              [attr.aria-invalid]="!!errors().courseId"
              [attr.aria-describedby]="errors().courseId ? 'courseId-error' : null"
            >
              <option value="">{{ t('adminArea.choose') }}</option>
              @for (c of courses(); track c.id) {
                <option [value]="c.id">
                  {{ c.title }} ({{ t('admin.version', { version: c.latestVersion }) }})
                </option>
              }
            </select>
            @if (errors().courseId; as e) {
              <p id="courseId-error" class="field-error">{{ t('adminArea.errors.' + e) }}</p>
            }

            <label for="name">{{ t('adminArea.newCohort.name') }}</label>
            <input
              id="name"
              name="name"
              [(ngModel)]="form.name"
              required
              autocomplete="off"
              [attr.aria-invalid]="!!errors().name"
              [attr.aria-describedby]="errors().name ? 'name-error' : null"
            />
            @if (errors().name; as e) {
              <p id="name-error" class="field-error">{{ t('adminArea.errors.' + e) }}</p>
            }

            <label for="startsOn">{{ t('adminArea.newCohort.startsOn') }}</label>
            <input
              id="startsOn"
              name="startsOn"
              type="date"
              [(ngModel)]="form.startsOn"
              required
              [attr.aria-invalid]="!!errors().startsOn"
              [attr.aria-describedby]="errors().startsOn ? 'startsOn-error' : null"
            />
            @if (errors().startsOn; as e) {
              <p id="startsOn-error" class="field-error">{{ t('adminArea.errors.' + e) }}</p>
            }

            <label for="endsOn">{{ t('adminArea.newCohort.endsOn') }}</label>
            <input
              id="endsOn"
              name="endsOn"
              type="date"
              [(ngModel)]="form.endsOn"
              required
              [attr.aria-invalid]="!!errors().endsOn"
              [attr.aria-describedby]="errors().endsOn ? 'endsOn-error' : null"
            />
            @if (errors().endsOn; as e) {
              <p id="endsOn-error" class="field-error">{{ t('adminArea.errors.' + e) }}</p>
            }

            <label for="capacity">{{ t('adminArea.newCohort.capacity') }}</label>
            <input
              id="capacity"
              name="capacity"
              type="number"
              min="1"
              max="100000"
              step="1"
              inputmode="numeric"
              [(ngModel)]="form.capacity"
              required
              [attr.aria-invalid]="!!errors().capacity"
              [attr.aria-describedby]="errors().capacity ? 'capacity-error' : null"
            />
            @if (errors().capacity; as e) {
              <p id="capacity-error" class="field-error">{{ t('adminArea.errors.' + e) }}</p>
            }

            <label class="choice" for="approvalRequired">
              <input
                id="approvalRequired"
                name="approvalRequired"
                type="checkbox"
                [(ngModel)]="form.approvalRequired"
              />
              {{ t('adminArea.newCohort.approvalRequired') }}
            </label>

            <label for="enrollmentClosesAt">{{ t('adminArea.newCohort.closesAt') }}</label>
            <input
              id="enrollmentClosesAt"
              name="enrollmentClosesAt"
              type="datetime-local"
              [(ngModel)]="form.enrollmentClosesAt"
              [attr.aria-invalid]="!!errors().enrollmentClosesAt"
              [attr.aria-describedby]="
                'closesAt-hint' + (errors().enrollmentClosesAt ? ' enrollmentClosesAt-error' : '')
              "
            />
            <p id="closesAt-hint" class="note">{{ t('adminArea.newCohort.closesAtHint') }}</p>
            @if (errors().enrollmentClosesAt; as e) {
              <p id="enrollmentClosesAt-error" class="field-error">{{ t('adminArea.errors.' + e) }}</p>
            }

            <fieldset [attr.aria-describedby]="errors().trainerIds ? 'trainerIds-error' : null">
              <legend>{{ t('adminArea.newCohort.trainers') }}</legend>
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
              @if (errors().trainerIds; as e) {
                <p id="trainerIds-error" class="field-error">{{ t('adminArea.errors.' + e) }}</p>
              }
            </fieldset>

            <fieldset aria-describedby="releases-hint">
              <legend>{{ t('adminArea.newCohort.releases') }}</legend>
              <p id="releases-hint" class="note">{{ t('adminArea.newCohort.releasesHint') }}</p>
              @if (modulesLoad() === 'loading') {
                <p role="status">{{ t('common.loading') }}</p>
              } @else if (modulesLoad() === 'failed') {
                <p class="message" role="alert">{{ t('common.failed') }}</p>
              } @else if (modules().length === 0) {
                <p class="note">{{ t('adminArea.newCohort.chooseCourseFirst') }}</p>
              } @else {
                @for (m of modules(); track m.id; let i = $index) {
                  <div class="field">
                    <label [for]="'release-' + m.id">{{ i + 1 }}. {{ m.title }}</label>
                    <input
                      type="date"
                      [id]="'release-' + m.id"
                      [name]="'release-' + m.id"
                      [(ngModel)]="form.releases[m.id]"
                      [attr.aria-invalid]="!!releaseError(m.id)"
                      [attr.aria-describedby]="releaseError(m.id) ? 'release-' + m.id + '-error' : null"
                    />
                    @if (releaseError(m.id); as e) {
                      <p [id]="'release-' + m.id + '-error'" class="field-error">
                        {{ t('adminArea.errors.' + e) }}
                      </p>
                    }
                  </div>
                }
              }
            </fieldset>

            @if (workshops().length > 0) {
              <fieldset aria-describedby="workshops-hint">
                <legend>{{ t('adminArea.newCohort.workshops') }}</legend>
                <p id="workshops-hint" class="note">{{ t('adminArea.newCohort.workshopsHint') }}</p>
                @for (w of workshops(); track w.id) {
                  <div class="field">
                    <label [for]="'workshop-' + w.id">{{ w.title }}</label>
                    <input
                      type="datetime-local"
                      [id]="'workshop-' + w.id"
                      [name]="'workshop-' + w.id"
                      [(ngModel)]="form.workshops[w.id]"
                      [attr.aria-invalid]="!!workshopError(w.id)"
                      [attr.aria-describedby]="
                        'workshop-' +
                        w.id +
                        '-default' +
                        (workshopError(w.id) ? ' workshop-' + w.id + '-error' : '')
                      "
                    />
                    <p [id]="'workshop-' + w.id + '-default'" class="note">
                      @if (w.startsAt) {
                        {{
                          t('adminArea.newCohort.workshopDefault', {
                            time: (w.startsAt | localDate: 'd.M.yyyy HH:mm'),
                            place: w.location ?? '–',
                          })
                        }}
                      } @else {
                        {{ t('adminArea.newCohort.workshopNoDefault') }}
                      }
                    </p>
                    @if (workshopError(w.id); as e) {
                      <p [id]="'workshop-' + w.id + '-error'" class="field-error">
                        {{ t('adminArea.errors.' + e) }}
                      </p>
                    }
                  </div>
                }
              </fieldset>
            }

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
  protected form: CohortForm = {
    courseId: '',
    name: '',
    startsOn: '',
    endsOn: '',
    capacity: 30,
    approvalRequired: true,
    enrollmentClosesAt: '',
    trainerIds: [],
    releases: {},
    workshops: {},
  };
  /** The chosen version's workshops, in course order: each may meet at a time of this cohort's own. */
  protected readonly workshops = computed(() =>
    this.modules().flatMap((m) => m.activities.filter((a) => a.kind === 'workshop')),
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

  protected workshopError(activityId: string): string | undefined {
    return this.errors()[`workshop-${activityId}`];
  }

  protected releaseError(moduleId: string): string | undefined {
    return this.errors()[`release-${moduleId}`];
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
      this.workshopIds(),
    );
    this.errors.set(errors);
    this.hasFieldErrors.set(hasErrors(errors));
  }

  protected create(): void {
    this.submitted = true;
    const moduleIds = this.modules().map((m) => m.id);
    const errors = validateCohort(this.form, moduleIds, this.workshopIds());
    this.show(errors);
    if (hasErrors(errors)) return;
    this.busy.set(true);
    this.api.createCohort(toCreateCohortRequest(this.form, moduleIds, this.workshopIds())).subscribe({
      next: (cohort) => void this.router.navigate(['/admin/cohorts', cohort.id]),
      error: (error: HttpErrorResponse) => {
        this.busy.set(false);
        this.show(
          serverErrors(error.status, error, FIELDS, {
            COURSE_NOT_PUBLISHED: ['courseId', 'notPublished'],
            NOT_A_TRAINER: ['trainerIds', 'notTrainer'],
            UNKNOWN_MODULE: ['form', 'unknownModule'],
            UNKNOWN_WORKSHOP: ['form', 'unknownWorkshop'],
            WORKSHOP_OUTSIDE_COHORT: ['form', 'workshopOutside'],
          }),
        );
      },
    });
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
