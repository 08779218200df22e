import type {
  ActivityKind,
  ActivityResponse,
  CourseDetailResponse,
  CreateActivityRequest,
  ModuleResponse,
  UpdateActivityRequest,
} from '@keino/contracts';

/** A copy of `list` with the item at `from` moved to `to` (both clamped to the list). */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const last = copy.length - 1;
  const source = Math.max(0, Math.min(from, last));
  const target = Math.max(0, Math.min(to, last));
  const [item] = copy.splice(source, 1);
  copy.splice(target, 0, item);
  return copy;
}

/** The course with its modules in a new order; positions follow the list. */
export function withModuleMoved(
  course: CourseDetailResponse,
  from: number,
  to: number,
): CourseDetailResponse {
  const modules = moved(course.modules, from, to).map((m, position) => ({ ...m, position }));
  return { ...course, modules };
}

/** The course with one module's activities in a new order. */
export function withActivityMoved(
  course: CourseDetailResponse,
  moduleId: string,
  from: number,
  to: number,
): CourseDetailResponse {
  return withModule(course, moduleId, (m) => ({
    ...m,
    activities: moved(m.activities, from, to).map((a, position) => ({ ...a, position })),
  }));
}

/** The course with one module replaced by `change(module)`. */
export function withModule(
  course: CourseDetailResponse,
  moduleId: string,
  change: (module: ModuleResponse) => ModuleResponse,
): CourseDetailResponse {
  return { ...course, modules: course.modules.map((m) => (m.id === moduleId ? change(m) : m)) };
}

/** What the activity form edits; `startsAt` is the local `datetime-local` value. */
export interface ActivityDraft {
  kind: ActivityKind;
  title: string;
  required: boolean;
  content: string;
  url: string;
  startsAt: string;
  location: string;
}

export function draftOf(activity: ActivityResponse | null, kind: ActivityKind = 'page'): ActivityDraft {
  return {
    kind: activity?.kind ?? kind,
    title: activity?.title ?? '',
    required: activity?.required ?? true,
    content: activity?.content ?? '',
    url: activity?.url ?? '',
    startsAt: activity?.startsAt ? toLocalInput(activity.startsAt) : '',
    location: activity?.location ?? '',
  };
}

/** The body for creating an activity: only the fields its kind uses, and no empty optional ones. */
export function activityBody(draft: ActivityDraft): CreateActivityRequest {
  const body: CreateActivityRequest = {
    kind: draft.kind,
    title: draft.title.trim(),
    required: draft.required,
    content: draft.content,
  };
  if (draft.kind === 'link' && draft.url.trim()) body.url = draft.url.trim();
  if (draft.kind === 'workshop') {
    if (draft.startsAt) body.startsAt = fromLocalInput(draft.startsAt);
    if (draft.location.trim()) body.location = draft.location.trim();
  }
  return body;
}

/** The changes for an activity of `kind`: its kind's fields, an emptied one sent as null so the API clears it. */
export function activityChanges(kind: ActivityKind, draft: ActivityDraft): UpdateActivityRequest {
  const body: UpdateActivityRequest = {
    title: draft.title.trim(),
    required: draft.required,
    content: draft.content,
  };
  if (kind === 'link') body.url = draft.url.trim() || null;
  if (kind === 'workshop') {
    body.startsAt = draft.startsAt ? fromLocalInput(draft.startsAt) : null;
    body.location = draft.location.trim() || null;
  }
  return body;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as the `YYYY-MM-DDTHH:mm` local time a `datetime-local` input shows. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value (local time) as an ISO instant. */
export function fromLocalInput(local: string): string {
  return new Date(local).toISOString();
}
