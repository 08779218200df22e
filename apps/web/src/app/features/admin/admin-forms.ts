import {
  isValidBusinessId,
  type CreateCohortRequest,
  type CreateOrganizationRequest,
  type ErrorCode,
  type OrganizationKind,
  type RegionCode,
  type Role,
  type UpdateUserRequest,
} from '@keino/contracts';

import { apiErrorCode, apiErrorMessages } from '../../core/http/api-error';

// The rules the admin forms check before they send, and how their values become request bodies. Pure functions,
// so that they are tested without a browser. An error is the i18n key (under adminArea.errors) of its message.

export type Errors<F extends string> = Partial<Record<F, string>>;

export const hasErrors = (errors: Errors<string>): boolean => Object.keys(errors).length > 0;

// ---- organisations ----

export interface OrganizationForm {
  name: string;
  businessId: string;
  kind: OrganizationKind | '';
  region: RegionCode | '';
}
export type OrganizationField = keyof OrganizationForm;
export const ORGANIZATION_FIELDS: readonly OrganizationField[] = ['name', 'businessId', 'kind', 'region'];

/** `format` for anything but `1234567-8`, `checksum` when only the check digit is wrong. */
export function businessIdProblem(value: string): 'required' | 'format' | 'checksum' | null {
  const id = value.trim();
  if (!id) return 'required';
  if (!/^\d{7}-\d$/.test(id)) return 'format';
  return isValidBusinessId(id) ? null : 'checksum';
}

export function validateOrganization(form: OrganizationForm): Errors<OrganizationField> {
  const errors: Errors<OrganizationField> = {};
  if (form.name.trim().length < 2) errors.name = 'nameLength';
  const id = businessIdProblem(form.businessId);
  if (id) errors.businessId = id === 'required' ? 'required' : `businessId.${id}`;
  if (!form.kind) errors.kind = 'choose';
  if (!form.region) errors.region = 'choose';
  return errors;
}

export function toCreateOrganizationRequest(form: OrganizationForm): CreateOrganizationRequest {
  return {
    name: form.name.trim(),
    businessId: form.businessId.trim(),
    kind: form.kind as OrganizationKind,
    region: form.region as RegionCode,
  };
}

/**
 * Where a refusal of the server belongs: a known code goes to its field; a 400 names the fields in its messages
 * (class-validator starts each message with the property). Anything else is `form`, a message for the whole form.
 */
export function serverErrors<F extends string>(
  status: number,
  error: unknown,
  fields: readonly F[],
  codes: Partial<Record<ErrorCode, [F | 'form', string]>> = {},
): Errors<F | 'form'> {
  const code = apiErrorCode(error);
  const known = code ? codes[code] : undefined;
  if (known) return { [known[0]]: known[1] } as Errors<F | 'form'>;
  const messages = apiErrorMessages(error);
  if (status === 400 && messages.length > 0) {
    const errors: Errors<F | 'form'> = {};
    for (const message of messages) {
      const field = fields.find((f) => message.startsWith(`${f} `) || message.startsWith(`${f}.`));
      if (field) errors[field] = 'refused';
    }
    if (hasErrors(errors)) return errors;
  }
  return { form: status === 0 ? 'offline' : 'failed' } as Errors<F | 'form'>;
}

// ---- users ----

export interface UserEditForm {
  roles: Role[];
  organizationId: string;
  regions: RegionCode[];
}

export function validateUserEdit(form: UserEditForm): Errors<'roles' | 'regions'> {
  const errors: Errors<'roles' | 'regions'> = {};
  if (form.roles.length === 0) errors.roles = 'oneRole';
  if (form.roles.includes('change_agent') && form.regions.length === 0) errors.regions = 'oneRegion';
  return errors;
}

/** Regions mean something for change agents only: anyone else keeps none. */
export function toUpdateUserRequest(form: UserEditForm): UpdateUserRequest {
  return {
    roles: form.roles,
    organizationId: form.organizationId || null,
    regions: form.roles.includes('change_agent') ? form.regions : [],
  };
}

/** Adds or removes one value, keeping the order of `all`. */
export function toggle<T>(selected: readonly T[], value: T, on: boolean, all: readonly T[]): T[] {
  return all.filter((v) => (v === value ? on : selected.includes(v)));
}

// ---- cohorts ----

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
}
export type CohortField =
  | 'courseId'
  | 'name'
  | 'startsOn'
  | 'endsOn'
  | 'capacity'
  | 'enrollmentClosesAt'
  | 'trainerIds'
  | `release-${string}`
  | `workshop-${string}`;

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
});

const COHORT_FIELDS: readonly CohortField[] = [
  'courseId',
  'name',
  'startsOn',
  'endsOn',
  'capacity',
  'enrollmentClosesAt',
  'trainerIds',
];

/** Where the server's refusal of a new cohort belongs. */
export const cohortServerErrors = (status: number, error: unknown): Errors<CohortField | 'form'> =>
  serverErrors(status, error, COHORT_FIELDS, {
    COURSE_NOT_PUBLISHED: ['courseId', 'notPublished'],
    NOT_A_TRAINER: ['trainerIds', 'notTrainer'],
    UNKNOWN_MODULE: ['form', 'unknownModule'],
    UNKNOWN_WORKSHOP: ['form', 'unknownWorkshop'],
    WORKSHOP_OUTSIDE_COHORT: ['form', 'workshopOutside'],
  });

export function validateCohort(
  form: CohortForm,
  moduleIds: readonly string[],
  workshopIds: readonly string[] = [],
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
    else if (form.endsOn && localDate(closes) > form.endsOn) errors.enrollmentClosesAt = 'closesAfterEnd';
  }
  for (const id of moduleIds) {
    const day = form.releases[id];
    if (day && form.startsOn && form.endsOn && (day < form.startsOn || day > form.endsOn)) {
      errors[`release-${id}`] = 'releaseOutside';
    }
  }
  for (const id of workshopIds) {
    const value = form.workshops[id];
    if (!value) continue;
    const at = new Date(value);
    if (Number.isNaN(at.getTime())) errors[`workshop-${id}`] = 'required';
    else if (form.startsOn && form.endsOn && (localDate(at) < form.startsOn || localDate(at) > form.endsOn)) {
      errors[`workshop-${id}`] = 'workshopOutside';
    }
  }
  return errors;
}

export function toCreateCohortRequest(
  form: CohortForm,
  moduleIds: readonly string[],
  workshopIds: readonly string[] = [],
): CreateCohortRequest {
  return {
    courseId: form.courseId,
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
  };
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
