import {
  isValidBusinessId,
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
