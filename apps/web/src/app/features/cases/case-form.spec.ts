import type { CaseResponse } from '@keino/contracts';

import {
  caseServerErrors,
  emptyCaseForm,
  hasFieldErrors,
  incompleteFields,
  missingToPublish,
  toCaseForm,
  toCaseRequest,
  validateDraft,
  validatePublish,
  type CaseForm,
} from './case-form';
import { caseListParams } from './cases-api';

const complete = (): CaseForm => ({
  ...emptyCaseForm('fi'),
  title: '  Kouluruoka ilmastokriteerein ',
  summary: 'Tiivistelmä',
  purchased: 'Elintarvikkeet',
  results: 'Päästöt laskivat',
  themes: ['climate'],
  cpvCode: ' 15000000-8 ',
  contactName: ' Riikka ',
  contactEmail: 'riikka@example.fi',
});

describe('case form', () => {
  it('sends every field trimmed, and an empty CPV code as none', () => {
    const body = toCaseRequest(complete());
    expect(body.title).toBe('Kouluruoka ilmastokriteerein');
    expect(body.cpvCode).toBe('15000000-8');
    expect(body.contactName).toBe('Riikka');
    expect(body.language).toBe('fi');
    expect(toCaseRequest({ ...complete(), cpvCode: '   ' }).cpvCode).toBeNull();
  });

  it('reads a case back into the form, a missing CPV code as an empty field', () => {
    const saved = { ...toCaseRequest(complete()), cpvCode: null, id: 'x', canEdit: true } as CaseResponse;
    const form = toCaseForm(saved);
    expect(form.cpvCode).toBe('');
    expect(form.title).toBe('Kouluruoka ilmastokriteerein');
    // The form's themes are its own copy: ticking a box does not change the loaded case.
    form.themes.push('innovation');
    expect(saved.themes).toEqual(['climate']);
  });

  it('saves a draft with a title only, but checks the CPV code and e-mail when given', () => {
    expect(validateDraft({ ...emptyCaseForm('sv'), title: 'Ramavtal' })).toEqual({});
    expect(validateDraft(emptyCaseForm('fi'))).toEqual({ title: 'required' });
    expect(validateDraft({ ...emptyCaseForm('fi'), title: 'ab' }).title).toBe('titleLength');
    const errors = validateDraft({ ...complete(), cpvCode: '15000000', contactEmail: 'riikka at example' });
    expect(errors).toEqual({ cpvCode: 'cpv', contactEmail: 'email' });
  });

  it('asks for what the server requires before publishing, in the order of the form', () => {
    const draft = { ...emptyCaseForm('fi'), title: 'Luonnos', summary: '  ' };
    expect(missingToPublish(draft)).toEqual(['summary', 'purchased', 'results', 'themes']);
    expect(validatePublish(draft)).toEqual({
      summary: 'requiredToPublish',
      purchased: 'requiredToPublish',
      results: 'requiredToPublish',
      themes: 'requiredToPublish',
    });
    expect(validatePublish(complete())).toEqual({});
    // A format error is not hidden by the missing-field one.
    expect(validatePublish({ ...draft, title: '' }).title).toBe('required');
  });
});

describe('server refusals of a case', () => {
  it('marks the fields a CASE_INCOMPLETE names', () => {
    const body = {
      statusCode: 409,
      code: 'CASE_INCOMPLETE',
      message: 'Fill in before publishing: summary, results, themes',
    };
    expect(caseServerErrors(409, body)).toEqual({
      summary: 'requiredToPublish',
      results: 'requiredToPublish',
      themes: 'requiredToPublish',
    });
    expect(incompleteFields('Fill in before publishing: purchased, nonsense')).toEqual(['purchased']);
  });

  it('puts validation messages at their fields and anything else on the form', () => {
    const errors = caseServerErrors(400, {
      code: 'VALIDATION_FAILED',
      message: ['cpvCode must look like 45000000-7', 'contactEmail must be an email'],
    });
    expect(errors).toEqual({ cpvCode: 'cpv', contactEmail: 'refused' });
    expect(hasFieldErrors(errors)).toBe(true);
    expect(caseServerErrors(409, { code: 'NO_ORGANIZATION', message: 'x' })).toEqual({
      form: 'noOrganization',
    });
    expect(caseServerErrors(404, null)).toEqual({ form: 'notAllowed' });
    expect(caseServerErrors(0, null)).toEqual({ form: 'offline' });
    expect(caseServerErrors(500, { message: 'boom' })).toEqual({ form: 'failed' });
    expect(hasFieldErrors({ form: 'failed' })).toBe(false);
  });
});

describe('library query', () => {
  it('sends only the filters that are chosen, and the search trimmed', () => {
    expect(
      caseListParams(
        { q: '  kouluruoka ', theme: 'climate', region: '', kind: '', scope: 'published' },
        10,
        10,
      ),
    ).toEqual({ scope: 'published', offset: 10, limit: 10, q: 'kouluruoka', theme: 'climate' });
    expect(
      caseListParams({ q: ' ', theme: '', region: '06', kind: 'municipality', scope: 'drafts' }, 0, 10),
    ).toEqual({ scope: 'drafts', offset: 0, limit: 10, region: '06', kind: 'municipality' });
  });
});
