import { inject, Injectable, signal } from '@angular/core';
import type {
  ActivityResponse,
  CourseDetailResponse,
  CourseVersionListItem,
  Locale,
  ModuleResponse,
} from '@keino/contracts';
import { forkJoin, Observable } from 'rxjs';

import { apiErrorCode } from '../../core/http/api-error';
import { CourseEditorApi } from './course-editor-api';
import {
  activityBody,
  activityChanges,
  ActivityDraft,
  withActivityMoved,
  withModule,
  withModuleMoved,
} from './course-editing';
import { ModuleDraft } from './module-form';

/** The line that tells what was just saved (or failed), as a translation key with its parameters. */
export interface EditorStatus {
  key: string;
  params?: Record<string, unknown>;
  error?: boolean;
}

/** A question for the confirmation dialog; `action` runs when it is confirmed. */
export interface Confirmation {
  title: string;
  text: string;
  confirm: string;
  params: Record<string, unknown>;
  action: () => void;
}

export interface CourseDetailsDraft {
  title: string;
  summary: string;
  language: Locale;
}

/**
 * The state of one course's editor, shared by its panels (details, outline, publication, dialog): the draft as
 * last saved, what is being saved, which form is open and the status line. Provided by the editor component, so
 * each editor has its own.
 */
@Injectable()
export class CourseEditorStore {
  private readonly api = inject(CourseEditorApi);
  readonly load = signal<'loading' | 'ready' | 'failed'>('loading');
  readonly course = signal<CourseDetailResponse | null>(null);
  readonly versions = signal<CourseVersionListItem[]>([]);
  readonly status = signal<EditorStatus | null>(null);
  /** What is being saved: 'details', 'order', 'publish', 'new-module', 'module:<id>', 'activity:<id>', … */
  readonly busy = signal<string | null>(null);
  /** The one open form: 'new-module', 'module:<id>', 'new-activity:<moduleId>' or 'activity:<id>'. */
  readonly editing = signal<string | null>(null);
  /** Something was typed or chosen in a form since the last successful save (the editor warns before leaving). */
  readonly typed = signal(false);
  /** The draft differs from the latest version (or none is published): only then is there a version to publish. */
  readonly unpublished = signal(true);
  readonly publishError = signal<string | null>(null);
  readonly confirmation = signal<Confirmation | null>(null);
  /** The details form's fields; kept here so that typing survives a look at the preview. */
  details: CourseDetailsDraft = { title: '', summary: '', language: 'fi' };

  refresh(id: string): void {
    forkJoin([this.api.course(id), this.api.versions(id)]).subscribe({
      next: ([course, versions]) => {
        this.setCourse(course);
        this.versions.set(versions);
        // Versions come newest first; an edit after the latest publication touched the course later.
        const latest = versions[0]?.publishedAt;
        this.unpublished.set(!latest || new Date(course.updatedAt) > new Date(latest));
        this.load.set('ready');
      },
      error: () => this.load.set('failed'),
    });
  }

  private setCourse(course: CourseDetailResponse): void {
    this.course.set(course);
    this.details = { title: course.title, summary: course.summary, language: course.language };
  }

  /** Asks in the editor's modal dialog. */
  ask(confirmation: Confirmation): void {
    this.confirmation.set(confirmation);
  }

  /** Runs one save with saving / saved / failed feedback; `done` applies the answer. */
  private save<T>(what: string, call: Observable<T>, done: (answer: T) => EditorStatus | void): void {
    this.busy.set(what);
    this.status.set({ key: 'editor.saving' });
    call.subscribe({
      next: (answer) => {
        this.busy.set(null);
        this.typed.set(false);
        this.unpublished.set(true);
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

  saveDetails(): void {
    const c = this.course();
    if (!c) return;
    this.save(
      'details',
      this.api.updateCourse(c.id, { ...this.details, title: this.details.title.trim() }),
      (u) => this.setCourse(u),
    );
  }

  createModule(draft: ModuleDraft): void {
    const c = this.course();
    if (!c) return;
    this.save('new-module', this.api.addModule(c.id, draft), (m) => {
      this.course.update((course) => course && { ...course, modules: [...course.modules, m] });
      this.editing.set(null);
      return { key: 'editor.moduleAdded', params: { title: m.title } };
    });
  }

  updateModule(module: ModuleResponse, draft: ModuleDraft): void {
    this.save('module:' + module.id, this.api.updateModule(module.id, draft), (m) => {
      this.course.update((course) => course && withModule(course, m.id, () => m));
      this.editing.set(null);
    });
  }

  askDeleteModule(module: ModuleResponse): void {
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

  createActivity(module: ModuleResponse, draft: ActivityDraft): void {
    this.save('new-activity:' + module.id, this.api.addActivity(module.id, activityBody(draft)), (a) => {
      this.course.update(
        (course) =>
          course && withModule(course, module.id, (m) => ({ ...m, activities: [...m.activities, a] })),
      );
      this.editing.set(null);
      return { key: 'editor.activityAdded', params: { title: a.title } };
    });
  }

  updateActivity(activity: ActivityResponse, draft: ActivityDraft): void {
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

  askDeleteActivity(activity: ActivityResponse): void {
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

  /** Moves at once, saves the new order, and puts the old order back if saving fails. */
  moveModule(from: number, to: number): void {
    const before = this.course();
    if (!before || to < 0 || to >= before.modules.length || this.busy() === 'order') return;
    const module = before.modules[from];
    const after = withModuleMoved(before, from, to);
    this.course.set(after);
    const ids = after.modules.map((m) => m.id);
    this.reorder(before, this.api.reorderModules(before.id, ids), {
      key: 'editor.moduleMoved',
      params: { title: module.title, position: to + 1, count: ids.length },
    });
  }

  moveActivity(module: ModuleResponse, from: number, to: number): void {
    const before = this.course();
    if (!before || to < 0 || to >= module.activities.length || this.busy() === 'order') return;
    const activity = module.activities[from];
    const after = withActivityMoved(before, module.id, from, to);
    this.course.set(after);
    const ids = after.modules.find((m) => m.id === module.id)?.activities.map((a) => a.id) ?? [];
    this.reorder(before, this.api.reorderActivities(module.id, ids), {
      key: 'editor.activityMoved',
      params: { title: activity.title, position: to + 1, count: ids.length },
    });
  }

  private reorder(before: CourseDetailResponse, call: Observable<unknown>, moved: EditorStatus): void {
    this.busy.set('order');
    this.status.set({ key: 'editor.saving' });
    call.subscribe({
      next: () => {
        this.busy.set(null);
        this.unpublished.set(true);
        this.status.set(moved);
      },
      error: () => {
        this.busy.set(null);
        this.course.set(before);
        this.status.set({ key: 'editor.moveFailed', error: true });
      },
    });
  }

  askPublish(): void {
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
        this.unpublished.set(false);
        this.api.versions(courseId).subscribe({ next: (list) => this.versions.set(list) });
      },
      error: (error: unknown) => {
        this.busy.set(null);
        const key =
          apiErrorCode(error) === 'NO_REQUIRED_ACTIVITY'
            ? 'editor.noRequiredActivity'
            : 'editor.publishFailed';
        // The alert next to the button says it; the status line would say it twice.
        this.publishError.set(key);
        this.status.set(null);
      },
    });
  }
}
