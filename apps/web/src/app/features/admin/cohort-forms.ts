import type { CohortDetailResponse, CreateCohortRequest, UpdateCohortRequest } from '@keino/contracts';

import { type Errors, serverErrors } from './admin-forms';

// The rules of the cohort forms (new and edit) and how their values become request bodies. Pure functions, so that
// they are tested without a browser. An error is the i18n key (under adminArea.errors) of its message.

export interface CohortForm {
  courseId: string;
  name: string;
  startsOn: string;
  endsOn: string;
  capacity: number | null;
  approvalRequired: boolean;
  /** `datetime-local` value in the browser's time zone, or '' for "when the cohort ends". */
  enrollmentClosesAt: string;
  trainerIds: string[];
  /** Module ID → `YYYY-MM-DD`, or '' for "open from the start". */
  releases: Record<string, string>;
  /** Workshop activity ID → `datetime-local` value in the browser's zone, or '' for the course's own time. */
  workshops: Record<string, string>;
  /** Where the cohort meets; '' for the course's place. */
  place: string;
  /** The cohort's online meeting link; '' for none. */
  onlineUrl: string;
  /** The admin has seen that another cohort has this name, and means it. */
  allowDuplicateName: boolean;
}
export type CohortField =
  | 'courseId'
  | 'name'
  | 'startsOn'
  | 'endsOn'
  | 'capacity'
  | 'enrollmentClosesAt'
  | 'trainerIds'
  | 'place'
  | 'onlineUrl'
  | `release-${string}`
  | `workshop-${string}`;

/** A workshop of the course version: its id, module and the course's own time (the default). */
export interface WorkshopDefault {
  id: string;
  moduleId: string;
  startsAt: string | null;
}

/** A new cohort's form: approval on and 30 seats, as most cohorts of the programme are. */
export const emptyCohortForm = (): CohortForm => ({
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
  place: '',
  onlineUrl: '',
  allowDuplicateName: false,
});

const COHORT_FIELDS: readonly CohortField[] = [
  'courseId',
  'name',
  'startsOn',
  'endsOn',
  'capacity',
  'enrollmentClosesAt',
  'trainerIds',
  'place',
  'onlineUrl',
];

/** Where the server's refusal of a cohort belongs. */
export const cohortServerErrors = (status: number, error: unknown): Errors<CohortField | 'form'> =>
  serverErrors(status, error, COHORT_FIELDS, {
    COURSE_NOT_PUBLISHED: ['courseId', 'notPublished'],
    NOT_A_TRAINER: ['trainerIds', 'notTrainer'],
    UNKNOWN_MODULE: ['form', 'unknownModule'],
    UNKNOWN_WORKSHOP: ['form', 'unknownWorkshop'],
    WORKSHOP_OUTSIDE_COHORT: ['form', 'workshopOutside'],
    WORKSHOP_DATE_REQUIRED: ['form', 'workshopDecide'],
    COHORT_NAME_TAKEN: ['name', 'nameTaken'],
    CAPACITY_BELOW_SEATS: ['capacity', 'belowSeats'],
  });

const inside = (day: string, form: CohortForm) =>
  !form.startsOn || !form.endsOn || (day >= form.startsOn && day <= form.endsOn);

export function validateCohort(
  form: CohortForm,
  moduleIds: readonly string[],
  workshops: readonly WorkshopDefault[] = [],
): Errors<CohortField> {
  const errors: Errors<CohortField> = {};
  if (!form.courseId) errors.courseId = 'choose';
  if (form.name.trim().length < 2) errors.name = 'nameLength';
  if (!form.startsOn) errors.startsOn = 'required';
  if (!form.endsOn) errors.endsOn = 'required';
  else if (form.startsOn && form.endsOn < form.startsOn) errors.endsOn = 'endsBeforeStart';
  const capacity = form.capacity;
  if (capacity === null || !Number.isInteger(capacity) || capacity < 1 || capacity > 100_000) {
    errors.capacity = 'capacity';
  }
  if (form.enrollmentClosesAt) {
    const closes = new Date(form.enrollmentClosesAt);
    if (Number.isNaN(closes.getTime())) errors.enrollmentClosesAt = 'required';
    else if (form.endsOn && localDay(closes) > form.endsOn) errors.enrollmentClosesAt = 'closesAfterEnd';
  }
  if (form.place.trim().length > 300) errors.place = 'placeLength';
  if (form.onlineUrl.trim() && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(form.onlineUrl.trim())) {
    errors.onlineUrl = 'onlineUrl';
  }
  for (const id of moduleIds) {
    const day = form.releases[id];
    if (day && !inside(day, form)) errors[`release-${id}`] = 'releaseOutside';
  }
  for (const w of workshops) {
    const value = form.workshops[w.id];
    if (!value) {
      // Left empty, the workshop keeps the course's time: only if that falls within the cohort (a decision, not an
      // accident: a 2027–28 cohort must not meet in 2026).
      if (w.startsAt && !inside(localDay(new Date(w.startsAt)), form))
        errors[`workshop-${w.id}`] = 'workshopDecide';
      continue;
    }
    const at = new Date(value);
    if (Number.isNaN(at.getTime())) errors[`workshop-${w.id}`] = 'required';
    else if (!inside(localDay(at), form)) errors[`workshop-${w.id}`] = 'workshopOutside';
  }
  return errors;
}

/**
 * A time for each workshop from the release plan: the day its module opens (else the cohort's first day), at the
 * time of day the course gives (else 9.00). Only fills what is empty; the admin still decides.
 */
export function suggestWorkshopTimes(
  form: CohortForm,
  workshops: readonly WorkshopDefault[],
): Record<string, string> {
  const times = { ...form.workshops };
  for (const w of workshops) {
    if (times[w.id]) continue;
    const day = form.releases[w.moduleId] || form.startsOn;
    if (!day) continue;
    const course = w.startsAt ? new Date(w.startsAt) : null;
    const clock = course ? `${pad(course.getHours())}:${pad(course.getMinutes())}` : '09:00';
    times[w.id] = `${day}T${clock}`;
  }
  return times;
}

const trimmedOrNull = (value: string) => value.trim() || null;

export function toCreateCohortRequest(
  form: CohortForm,
  moduleIds: readonly string[],
  workshopIds: readonly string[] = [],
): CreateCohortRequest {
  return {
    courseId: form.courseId,
    ...toUpdateCohortRequest(form, moduleIds, workshopIds),
  } as CreateCohortRequest;
}

/** The whole form as a change of the cohort (the edit page sends every field; unchanged ones change nothing). */
export function toUpdateCohortRequest(
  form: CohortForm,
  moduleIds: readonly string[],
  workshopIds: readonly string[] = [],
): UpdateCohortRequest & Omit<CreateCohortRequest, 'courseId'> {
  return {
    name: form.name.trim(),
    startsOn: form.startsOn,
    endsOn: form.endsOn,
    capacity: form.capacity ?? 0,
    approvalRequired: form.approvalRequired,
    // A datetime-local value has no zone: the Date constructor reads it in the browser's zone, as the admin meant.
    ...(form.enrollmentClosesAt
      ? { enrollmentClosesAt: new Date(form.enrollmentClosesAt).toISOString() }
      : {}),
    trainerIds: form.trainerIds,
    moduleReleases: moduleIds
      .filter((id) => form.releases[id])
      .map((id) => ({ moduleId: id, releasesOn: form.releases[id] })),
    workshops: workshopIds
      .filter((id) => form.workshops[id])
      .map((id) => ({ activityId: id, startsAt: new Date(form.workshops[id]).toISOString() })),
    place: trimmedOrNull(form.place),
    onlineUrl: trimmedOrNull(form.onlineUrl),
    ...(form.allowDuplicateName ? { allowDuplicateName: true } : {}),
  };
}

/** The edit form of an existing cohort: its own values, its workshops at their times in this cohort. */
export function cohortFormOf(cohort: CohortDetailResponse): CohortForm {
  const workshops: Record<string, string> = {};
  for (const a of cohort.modules.flatMap((m) => m.activities)) {
    if (a.kind === 'workshop' && a.startsAt) workshops[a.id] = localDateTime(new Date(a.startsAt));
  }
  return {
    ...emptyCohortForm(),
    courseId: cohort.courseId,
    name: cohort.name,
    startsOn: cohort.startsOn,
    endsOn: cohort.endsOn,
    capacity: cohort.capacity,
    approvalRequired: cohort.approvalRequired,
    enrollmentClosesAt: cohort.enrollmentClosesAt ? localDateTime(new Date(cohort.enrollmentClosesAt)) : '',
    trainerIds: cohort.trainerIds,
    releases: Object.fromEntries(
      cohort.modules.filter((m) => m.releasesOn).map((m) => [m.id, m.releasesOn ?? '']),
    ),
    workshops,
    place: cohort.place ?? '',
    onlineUrl: cohort.onlineUrl ?? '',
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function localDateTime(date: Date): string {
  return `${localDay(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
