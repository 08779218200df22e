import type {
  CaseInput,
  CaseProcedure,
  CaseResponse,
  CaseTheme,
  Locale,
  UpdateCaseRequest,
} from '@keino/contracts';

import { apiErrorCode, apiErrorMessages } from '../../core/http/api-error';

// The case editor's rules and mapping, as pure functions so that they are tested without a browser. An error is
// the i18n key (under cases.errors) of its message.

export interface CaseForm {
  title: string;
  summary: string;
  language: Locale;
  purchased: string;
  procedure: CaseProcedure;
  sustainabilityCriteria: string;
  innovationCriteria: string;
  results: string;
  themes: CaseTheme[];
  cpvCode: string;
  contactName: string;
  contactEmail: string;
}
export type CaseField = keyof CaseForm;
export type CaseErrors = Partial<Record<CaseField | 'form', string>>;

/** In the order of the form, so that the first error is the first one on the page. */
export const CASE_FIELDS: readonly CaseField[] = [
  'title',
  'language',
  'procedure',
  'summary',
  'purchased',
  'sustainabilityCriteria',
  'innovationCriteria',
  'results',
  'themes',
  'cpvCode',
  'contactName',
  'contactEmail',
];

export const CPV_PATTERN = /^\d{8}-\d$/;
// A light check that catches typing slips; the server has the final word.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const emptyCaseForm = (language: Locale): CaseForm => ({
  title: '',
  summary: '',
  language,
  purchased: '',
  procedure: 'open',
  sustainabilityCriteria: '',
  innovationCriteria: '',
  results: '',
  themes: [],
  cpvCode: '',
  contactName: '',
  contactEmail: '',
});

export function toCaseForm(c: CaseResponse): CaseForm {
  return {
    title: c.title,
    summary: c.summary,
    language: c.language,
    purchased: c.purchased,
    procedure: c.procedure,
    sustainabilityCriteria: c.sustainabilityCriteria,
    innovationCriteria: c.innovationCriteria,
    results: c.results,
    themes: [...c.themes],
    cpvCode: c.cpvCode ?? '',
    contactName: c.contactName,
    contactEmail: c.contactEmail,
  };
}

/** Every field is sent, trimmed; an empty CPV code means "none". */
export function toCaseRequest(form: CaseForm): Required<UpdateCaseRequest> & CaseInput {
  return {
    title: form.title.trim(),
    summary: form.summary.trim(),
    language: form.language,
    purchased: form.purchased.trim(),
    procedure: form.procedure,
    sustainabilityCriteria: form.sustainabilityCriteria.trim(),
    innovationCriteria: form.innovationCriteria.trim(),
    results: form.results.trim(),
    themes: form.themes,
    cpvCode: form.cpvCode.trim() || null,
    contactName: form.contactName.trim(),
    contactEmail: form.contactEmail.trim(),
  };
}

/** What a draft needs to be saved at all. */
export function validateDraft(form: CaseForm): CaseErrors {
  const errors: CaseErrors = {};
  const title = form.title.trim();
  if (!title) errors.title = 'required';
  else if (title.length < 3) errors.title = 'titleLength';
  else if (title.length > 200) errors.title = 'tooLong';
  if (form.summary.trim().length > 2000) errors.summary = 'tooLong';
  const cpv = form.cpvCode.trim();
  if (cpv && !CPV_PATTERN.test(cpv)) errors.cpvCode = 'cpv';
  const email = form.contactEmail.trim();
  if (email && !EMAIL_PATTERN.test(email)) errors.contactEmail = 'email';
  return errors;
}

/** The fields the server requires before publishing (the same list as its CASE_INCOMPLETE check). */
export function missingToPublish(form: CaseForm): CaseField[] {
  const missing = (['summary', 'purchased', 'results'] as const).filter((f) => !form[f].trim());
  return form.themes.length === 0 ? [...missing, 'themes'] : [...missing];
}

/** Publishing needs a saveable draft and the fields that tell what happened. */
export function validatePublish(form: CaseForm): CaseErrors {
  const errors = validateDraft(form);
  for (const field of missingToPublish(form)) errors[field] ??= 'requiredToPublish';
  return errors;
}

/** The fields a `409 CASE_INCOMPLETE` names: "Fill in before publishing: summary, purchased, results, themes". */
export function incompleteFields(message: string): CaseField[] {
  const list = message.slice(message.indexOf(':') + 1);
  return list
    .split(',')
    .map((part) => part.trim())
    .filter((part): part is CaseField => (CASE_FIELDS as readonly string[]).includes(part));
}

/**
 * Where a refusal of the server belongs: CASE_INCOMPLETE to the fields it names, a 400 to the fields its messages
 * start with (class-validator's way), anything else to the whole form.
 */
export function caseServerErrors(status: number, error: unknown): CaseErrors {
  const messages = apiErrorMessages(error);
  const code = apiErrorCode(error);
  if (code === 'CASE_INCOMPLETE') {
    const errors: CaseErrors = {};
    for (const field of incompleteFields(messages.join(', '))) errors[field] = 'requiredToPublish';
    if (Object.keys(errors).length > 0) return errors;
  }
  if (code === 'NO_ORGANIZATION') return { form: 'noOrganization' };
  if (status === 400) {
    const errors: CaseErrors = {};
    for (const message of messages) {
      const field = CASE_FIELDS.find((f) => message.startsWith(`${f} `) || message.startsWith(`${f}.`));
      if (field) errors[field] = field === 'cpvCode' ? 'cpv' : 'refused';
    }
    if (Object.keys(errors).length > 0) return errors;
  }
  if (status === 403 || status === 404) return { form: 'notAllowed' };
  return { form: status === 0 ? 'offline' : 'failed' };
}

export const hasFieldErrors = (errors: CaseErrors): boolean => Object.keys(errors).some((k) => k !== 'form');
