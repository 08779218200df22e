import { CdkDrag, CdkDragDrop, CdkDragHandle, CdkDropList } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  ViewEncapsulation,
  Component,
  effect,
  ElementRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  LOCALES,
  type ActivityResponse,
  type CourseDetailResponse,
  type CourseVersionListItem,
  type Locale,
  type ModuleResponse,
} from '@keino/contracts';
import { forkJoin, Observable } from 'rxjs';

import { ActivityForm } from './activity-form';
import { CourseEditorApi, errorCode } from './course-editor-api';
import {
  activityBody,
  activityChanges,
  ActivityDraft,
  withActivityMoved,
  withModule,
  withModuleMoved,
} from './course-editing';
import { CoursePreview } from './course-preview';
import { ModuleDraft, ModuleForm } from './module-form';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { ListState } from '../../shared/ui/list-state';

interface Status {
  key: string;
  params?: Record<string, unknown>;
  error?: boolean;
}

interface Confirmation {
  title: string;
  text: string;
  confirm: string;
  params: Record<string, unknown>;
  action: () => void;
}

/**
 * A course's draft for its trainers: details, modules and activities (added, edited, deleted, reordered by drag and
 * drop or by the move buttons), a preview as participants see it, publication and the versions published so far.
 */
@Component({
  selector: 'app-course-editor',
  imports: [
    ListState,
    ActivityForm,
    CdkDrag,
    CdkDragHandle,
    CdkDropList,
    CoursePreview,
    LocalDatePipe,
    FormsModule,
    ModuleForm,
    RouterLink,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Also styles what tiptap and the CDK render outside this template.
  encapsulation: ViewEncapsulation.None,
  styleUrl: './course-editing.css',
  template: `
    <section class="page course-editor course-pages" *transloco="let t">
      <p>
        <a routerLink="/teaching/courses">← {{ t('editor.myCourses') }}</a>
      </p>
      <app-list-state [status]="load()">
        <ng-template>
          @if (course(); as c) {
            <h1>{{ c.title }}</h1>
            <p class="meta">
              <span class="badge">{{ t('editor.status.' + c.status) }}</span>
              @if (c.latestVersion) {
                · {{ t('editor.latestVersion', { version: c.latestVersion }) }}
              }
              · {{ t('editor.languages.' + c.language) }}
            </p>
            <p class="announcement" [class.failed]="status()?.error" role="status" aria-live="polite">
              @if (status(); as s) {
                {{ t(s.key, s.params ?? {}) }}
              }
            </p>
            <div class="mode-switch">
              <button
                type="button"
                class="button"
                [attr.aria-pressed]="!previewing()"
                (click)="previewing.set(false)"
              >
                {{ t('editor.edit') }}
              </button>
              <button
                type="button"
                class="button"
                [attr.aria-pressed]="previewing()"
                (click)="previewing.set(true)"
              >
                {{ t('editor.preview') }}
              </button>
            </div>

            @if (previewing()) {
              <app-course-preview [course]="c" />
            } @else {
              <h2>{{ t('editor.details') }}</h2>
              <form class="editor-form narrow-form" (ngSubmit)="saveDetails()" novalidate>
                <label for="course-title">{{ t('editor.courseTitle') }}</label>
                <input
                  id="course-title"
                  name="title"
                  required
                  minlength="2"
                  maxlength="200"
                  [(ngModel)]="details.title"
                  [attr.aria-invalid]="detailsInvalid()"
                  [attr.aria-describedby]="detailsInvalid() ? 'course-title-error' : null"
                />
                @if (detailsInvalid()) {
                  <p class="message" id="course-title-error">{{ t('editor.courseTitleMissing') }}</p>
                }
                <label for="course-summary">{{ t('editor.summary') }}</label>
                <textarea
                  id="course-summary"
                  name="summary"
                  rows="3"
                  maxlength="4000"
                  [(ngModel)]="details.summary"
                ></textarea>
                <label for="course-language">{{ t('editor.language') }}</label>
                <select id="course-language" name="language" [(ngModel)]="details.language">
                  @for (l of locales; track l) {
                    <option [value]="l">{{ t('editor.languages.' + l) }}</option>
                  }
                </select>
                <div class="row-actions">
                  <button type="submit" class="button primary" [disabled]="busy() === 'details'">
                    {{ t('editor.saveDetails') }}
                  </button>
                </div>
              </form>

              <h2>{{ t('editor.modules') }}</h2>
              <p class="note">{{ t('editor.reorderHelp') }}</p>
              @if (c.modules.length === 0) {
                <p>{{ t('editor.noModules') }}</p>
              }
              <ol class="editor-list" cdkDropList (cdkDropListDropped)="dropModule($event)">
                @for (m of c.modules; track m.id; let i = $index, count = $count) {
                  <li class="editor-module" cdkDrag [cdkDragData]="m">
                    <div class="editor-row">
                      <span class="handle" cdkDragHandle aria-hidden="true" [title]="t('editor.dragHint')"
                        >⠿</span
                      >
                      <h3 [id]="'module-' + m.id">{{ i + 1 }}. {{ m.title }}</h3>
                      <div class="row-actions">
                        <button
                          type="button"
                          class="button small"
                          [id]="'module-up-' + m.id"
                          [attr.aria-disabled]="i === 0"
                          (click)="moveModule(i, i - 1)"
                          [attr.aria-label]="t('editor.up') + ': ' + m.title"
                        >
                          {{ t('editor.up') }}
                        </button>
                        <button
                          type="button"
                          class="button small"
                          [id]="'module-down-' + m.id"
                          [attr.aria-disabled]="i === count - 1"
                          (click)="moveModule(i, i + 1)"
                          [attr.aria-label]="t('editor.down') + ': ' + m.title"
                        >
                          {{ t('editor.down') }}
                        </button>
                        <button
                          type="button"
                          class="button small"
                          [attr.aria-expanded]="editing() === 'module:' + m.id"
                          (click)="editing.set('module:' + m.id)"
                          [attr.aria-label]="t('editor.editItem') + ': ' + m.title"
                        >
                          {{ t('editor.editItem') }}
                        </button>
                        <button
                          type="button"
                          class="button small danger"
                          [attr.aria-label]="t('editor.delete') + ': ' + m.title"
                          (click)="askDeleteModule(m)"
                        >
                          {{ t('editor.delete') }}
                        </button>
                      </div>
                    </div>
                    @if (editing() === 'module:' + m.id) {
                      <app-module-form
                        [module]="m"
                        [busy]="busy() === 'module:' + m.id"
                        (save)="updateModule(m, $event)"
                        (cancelled)="editing.set(null)"
                      />
                    } @else if (m.summary) {
                      <p class="meta">{{ m.summary }}</p>
                    }
                    <ol
                      class="editor-list activities-edit"
                      cdkDropList
                      [attr.aria-labelledby]="'module-' + m.id"
                      (cdkDropListDropped)="dropActivity(m, $event)"
                    >
                      @for (a of m.activities; track a.id; let j = $index, n = $count) {
                        <li class="editor-activity" cdkDrag [cdkDragData]="a">
                          <div class="editor-row">
                            <span
                              class="handle"
                              cdkDragHandle
                              aria-hidden="true"
                              [title]="t('editor.dragHint')"
                              >⠿</span
                            >
                            <div class="grow">
                              <h4>{{ a.title }}</h4>
                              <p class="meta">
                                {{ t('kind.' + a.kind) }} ·
                                {{ a.required ? t('player.required') : t('player.optional') }}
                              </p>
                            </div>
                            <div class="row-actions">
                              <button
                                type="button"
                                class="button small"
                                [id]="'activity-up-' + a.id"
                                [attr.aria-disabled]="j === 0"
                                (click)="moveActivity(m, j, j - 1)"
                                [attr.aria-label]="t('editor.up') + ': ' + a.title"
                              >
                                {{ t('editor.up') }}
                              </button>
                              <button
                                type="button"
                                class="button small"
                                [id]="'activity-down-' + a.id"
                                [attr.aria-disabled]="j === n - 1"
                                (click)="moveActivity(m, j, j + 1)"
                                [attr.aria-label]="t('editor.down') + ': ' + a.title"
                              >
                                {{ t('editor.down') }}
                              </button>
                              <button
                                type="button"
                                class="button small"
                                [attr.aria-expanded]="editing() === 'activity:' + a.id"
                                (click)="editing.set('activity:' + a.id)"
                                [attr.aria-label]="t('editor.editItem') + ': ' + a.title"
                              >
                                {{ t('editor.editItem') }}
                              </button>
                              <button
                                type="button"
                                class="button small danger"
                                [attr.aria-label]="t('editor.delete') + ': ' + a.title"
                                (click)="askDeleteActivity(a)"
                              >
                                {{ t('editor.delete') }}
                              </button>
                            </div>
                          </div>
                          @if (editing() === 'activity:' + a.id) {
                            <app-activity-form
                              [activity]="a"
                              [busy]="busy() === 'activity:' + a.id"
                              (save)="updateActivity(a, $event)"
                              (cancelled)="editing.set(null)"
                            />
                          }
                        </li>
                      }
                    </ol>
                    @if (editing() === 'new-activity:' + m.id) {
                      <app-activity-form
                        [busy]="busy() === 'new-activity:' + m.id"
                        (save)="createActivity(m, $event)"
                        (cancelled)="editing.set(null)"
                      />
                    } @else {
                      <button
                        type="button"
                        class="button"
                        [attr.aria-label]="t('editor.addActivity') + ': ' + m.title"
                        (click)="editing.set('new-activity:' + m.id)"
                      >
                        {{ t('editor.addActivity') }}
                      </button>
                    }
                  </li>
                }
              </ol>
              @if (editing() === 'new-module') {
                <app-module-form
                  [busy]="busy() === 'new-module'"
                  (save)="createModule($event)"
                  (cancelled)="editing.set(null)"
                />
              } @else {
                <button type="button" class="button" (click)="editing.set('new-module')">
                  {{ t('editor.addModule') }}
                </button>
              }
            }

            <h2>{{ t('editor.publishTitle') }}</h2>
            <p>{{ t('editor.publishHelp') }}</p>
            <button
              type="button"
              class="button primary"
              [attr.aria-disabled]="busy() === 'publish'"
              (click)="askPublish()"
            >
              {{ t('editor.publish', { version: (c.latestVersion ?? 0) + 1 }) }}
            </button>
            @if (publishError(); as e) {
              <p class="message" role="alert">{{ t(e) }}</p>
            }

            <h2 id="versions-title">{{ t('editor.versions') }}</h2>
            @if (versions().length === 0) {
              <p>{{ t('editor.noVersions') }}</p>
            } @else {
              <div class="table-scroll" role="region" aria-labelledby="versions-title" tabindex="0">
                <table class="grid versions">
                  <caption class="visually-hidden">
                    {{
                      t('editor.versions')
                    }}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{{ t('editor.version') }}</th>
                      <th scope="col">{{ t('editor.publishedAt') }}</th>
                      <th scope="col">{{ t('editor.publishedBy') }}</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (v of versions(); track v.version) {
                      <tr>
                        <th scope="row">{{ v.version }}</th>
                        <td>{{ v.publishedAt | localDate: 'd.M.yyyy HH:mm' }}</td>
                        <td>{{ v.publishedBy ?? t('editor.erasedUser') }}</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            }
          }
        </ng-template>
      </app-list-state>
      <dialog #dialog class="confirm" aria-labelledby="confirm-title" (close)="confirmation.set(null)">
        @if (confirmation(); as q) {
          <h2 id="confirm-title">{{ t(q.title, q.params) }}</h2>
          <p>{{ t(q.text, q.params) }}</p>
          <div class="row-actions">
            <button type="button" class="button primary" (click)="confirm(q)">
              {{ t(q.confirm, q.params) }}
            </button>
            <button type="button" class="button" autofocus (click)="dialog.close()">
              {{ t('editor.cancel') }}
            </button>
          </div>
        }
      </dialog>
    </section>
  `,
})
export class CourseEditor {
  private readonly api = inject(CourseEditorApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly changes = inject(ChangeDetectorRef);
  readonly courseId = input.required<string>();
  protected readonly locales = LOCALES;
  protected readonly load = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly course = signal<CourseDetailResponse | null>(null);
  protected readonly versions = signal<CourseVersionListItem[]>([]);
  protected readonly previewing = signal(false);
  protected readonly status = signal<Status | null>(null);
  /** What is being saved: 'details', 'order', 'publish', 'new-module', 'module:<id>', 'activity:<id>', … */
  protected readonly busy = signal<string | null>(null);
  /** The one open form: 'new-module', 'module:<id>', 'new-activity:<moduleId>' or 'activity:<id>'. */
  protected readonly editing = signal<string | null>(null);
  protected readonly detailsInvalid = signal(false);
  protected readonly publishError = signal<string | null>(null);
  protected readonly confirmation = signal<Confirmation | null>(null);
  protected details: { title: string; summary: string; language: Locale } = {
    title: '',
    summary: '',
    language: 'fi',
  };

  constructor() {
    effect(() => this.refresh(this.courseId()));
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.nativeElement.querySelector('dialog.confirm');
  }

  /** Asks in a modal dialog; its Cancel button takes the focus, and Escape cancels. */
  private ask(confirmation: Confirmation): void {
    this.confirmation.set(confirmation);
    // Render the question first, so the dialog's autofocus finds its buttons.
    this.changes.detectChanges();
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
  }

  private refresh(id: string): void {
    forkJoin([this.api.course(id), this.api.versions(id)]).subscribe({
      next: ([course, versions]) => {
        this.setCourse(course);
        this.versions.set(versions);
        this.load.set('ready');
      },
      error: () => this.load.set('failed'),
    });
  }

  private setCourse(course: CourseDetailResponse): void {
    this.course.set(course);
    this.details = { title: course.title, summary: course.summary, language: course.language };
  }

  /** Runs one save with saving / saved / failed feedback; `done` applies the answer. */
  private save<T>(what: string, call: Observable<T>, done: (answer: T) => Status | void): void {
    this.busy.set(what);
    this.status.set({ key: 'editor.saving' });
    call.subscribe({
      next: (answer) => {
        this.busy.set(null);
        // Whatever stopped publishing may have been fixed by this change.
        this.publishError.set(null);
        this.status.set(done(answer) ?? { key: 'editor.saved' });
      },
      error: () => {
        this.busy.set(null);
        this.status.set({ key: 'editor.saveFailed', error: true });
      },
    });
  }

  protected saveDetails(): void {
    const c = this.course();
    if (!c) return;
    this.detailsInvalid.set(this.details.title.trim().length < 2);
    if (this.detailsInvalid()) {
      setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('#course-title')?.focus());
      return;
    }
    this.save(
      'details',
      this.api.updateCourse(c.id, { ...this.details, title: this.details.title.trim() }),
      (u) => this.setCourse(u),
    );
  }

  protected createModule(draft: ModuleDraft): void {
    const c = this.course();
    if (!c) return;
    this.save('new-module', this.api.addModule(c.id, draft), (m) => {
      this.course.update((course) => course && { ...course, modules: [...course.modules, m] });
      this.editing.set(null);
      return { key: 'editor.moduleAdded', params: { title: m.title } };
    });
  }

  protected updateModule(module: ModuleResponse, draft: ModuleDraft): void {
    this.save('module:' + module.id, this.api.updateModule(module.id, draft), (m) => {
      this.course.update((course) => course && withModule(course, m.id, () => m));
      this.editing.set(null);
    });
  }

  protected askDeleteModule(module: ModuleResponse): void {
    this.ask({
      title: 'editor.deleteModuleTitle',
      text: 'editor.deleteModuleText',
      confirm: 'editor.delete',
      params: { title: module.title, count: module.activities.length },
      action: () =>
        this.save('module:' + module.id, this.api.deleteModule(module.id), () => {
          this.course.update(
            (course) => course && { ...course, modules: course.modules.filter((m) => m.id !== module.id) },
          );
          return { key: 'editor.deleted', params: { title: module.title } };
        }),
    });
  }

  protected createActivity(module: ModuleResponse, draft: ActivityDraft): void {
    this.save('new-activity:' + module.id, this.api.addActivity(module.id, activityBody(draft)), (a) => {
      this.course.update(
        (course) =>
          course && withModule(course, module.id, (m) => ({ ...m, activities: [...m.activities, a] })),
      );
      this.editing.set(null);
      return { key: 'editor.activityAdded', params: { title: a.title } };
    });
  }

  protected updateActivity(activity: ActivityResponse, draft: ActivityDraft): void {
    // The kind of an activity is fixed once created.
    const body = activityChanges(activity.kind, draft);
    this.save('activity:' + activity.id, this.api.updateActivity(activity.id, body), (a) => {
      this.course.update(
        (course) =>
          course &&
          withModule(course, a.moduleId, (m) => ({
            ...m,
            activities: m.activities.map((x) => (x.id === a.id ? a : x)),
          })),
      );
      this.editing.set(null);
    });
  }

  protected askDeleteActivity(activity: ActivityResponse): void {
    this.ask({
      title: 'editor.deleteActivityTitle',
      text: 'editor.deleteActivityText',
      confirm: 'editor.delete',
      params: { title: activity.title },
      action: () =>
        this.save('activity:' + activity.id, this.api.deleteActivity(activity.id), () => {
          this.course.update(
            (course) =>
              course &&
              withModule(course, activity.moduleId, (m) => ({
                ...m,
                activities: m.activities.filter((a) => a.id !== activity.id),
              })),
          );
          return { key: 'editor.deleted', params: { title: activity.title } };
        }),
    });
  }

  protected dropModule(event: CdkDragDrop<unknown, unknown, ModuleResponse>): void {
    if (event.previousIndex !== event.currentIndex)
      this.moveModule(event.previousIndex, event.currentIndex, false);
  }

  protected dropActivity(
    module: ModuleResponse,
    event: CdkDragDrop<unknown, unknown, ActivityResponse>,
  ): void {
    if (event.previousIndex !== event.currentIndex) {
      this.moveActivity(module, event.previousIndex, event.currentIndex, false);
    }
  }

  /** Moves at once, saves the new order, and puts the old order back if saving fails. */
  protected moveModule(from: number, to: number, byKeyboard = true): void {
    const before = this.course();
    if (!before || to < 0 || to >= before.modules.length || this.busy() === 'order') return;
    const module = before.modules[from];
    const after = withModuleMoved(before, from, to);
    this.course.set(after);
    if (byKeyboard) this.keepFocus(`module-${to < from ? 'up' : 'down'}-${module.id}`, module.id, 'module');
    this.reorder(
      before,
      this.api.reorderModules(
        before.id,
        after.modules.map((m) => m.id),
      ),
      {
        key: 'editor.moduleMoved',
        params: { title: module.title, position: to + 1, count: after.modules.length },
      },
    );
  }

  protected moveActivity(module: ModuleResponse, from: number, to: number, byKeyboard = true): void {
    const before = this.course();
    if (!before || to < 0 || to >= module.activities.length || this.busy() === 'order') return;
    const activity = module.activities[from];
    const after = withActivityMoved(before, module.id, from, to);
    this.course.set(after);
    if (byKeyboard)
      this.keepFocus(`activity-${to < from ? 'up' : 'down'}-${activity.id}`, activity.id, 'activity');
    const ids = after.modules.find((m) => m.id === module.id)?.activities.map((a) => a.id) ?? [];
    this.reorder(before, this.api.reorderActivities(module.id, ids), {
      key: 'editor.activityMoved',
      params: { title: activity.title, position: to + 1, count: ids.length },
    });
  }

  private reorder(before: CourseDetailResponse, call: Observable<unknown>, moved: Status): void {
    this.busy.set('order');
    this.status.set({ key: 'editor.saving' });
    call.subscribe({
      next: () => {
        this.busy.set(null);
        this.status.set(moved);
      },
      error: () => {
        this.busy.set(null);
        this.course.set(before);
        this.status.set({ key: 'editor.moveFailed', error: true });
      },
    });
  }

  /**
   * Moving re-renders the list, so focus goes back to the button that was pressed (or its pair when the item
   * reached either end).
   */
  private keepFocus(buttonId: string, itemId: string, kind: 'module' | 'activity'): void {
    setTimeout(() => {
      const root = this.host.nativeElement;
      const button = root.querySelector<HTMLElement>(`[id="${buttonId}"]`);
      if (button && button.getAttribute('aria-disabled') !== 'true') {
        button.focus();
        return;
      }
      const other = buttonId.includes('-up-') ? `${kind}-down-${itemId}` : `${kind}-up-${itemId}`;
      root.querySelector<HTMLElement>(`[id="${other}"]`)?.focus();
    });
  }

  protected askPublish(): void {
    const c = this.course();
    // Not disabled while publishing: the button keeps the focus the dialog hands back.
    if (!c || this.busy() === 'publish') return;
    this.ask({
      title: 'editor.publishConfirmTitle',
      text: 'editor.publishConfirmText',
      confirm: 'editor.publish',
      params: { version: (c.latestVersion ?? 0) + 1 },
      action: () => this.publish(c.id),
    });
  }

  private publish(courseId: string): void {
    this.publishError.set(null);
    this.busy.set('publish');
    this.status.set({ key: 'editor.publishing' });
    this.api.publish(courseId).subscribe({
      next: (v) => {
        this.busy.set(null);
        this.status.set({ key: 'editor.published', params: { version: v.version } });
        this.course.update((c) => c && { ...c, status: 'published', latestVersion: v.version });
        this.api.versions(courseId).subscribe({ next: (list) => this.versions.set(list) });
      },
      error: (error: unknown) => {
        this.busy.set(null);
        const key =
          errorCode(error) === 'NO_REQUIRED_ACTIVITY' ? 'editor.noRequiredActivity' : 'editor.publishFailed';
        // The alert next to the button says it; the status line would say it twice.
        this.publishError.set(key);
        this.status.set(null);
      },
    });
  }

  protected confirm(confirmation: Confirmation): void {
    this.dialog?.close();
    confirmation.action();
  }
}
