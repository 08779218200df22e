import { isValidBusinessId, withCheckDigit } from '@keino/contracts';

import {
  businessIdProblem,
  serverErrors,
  toggle,
  toUpdateUserRequest,
  validateOrganization,
  validateUserEdit,
} from './admin-forms';

describe('business ID check (shared with the API)', () => {
  it.each(['0245437-2', '0201256-6', '2617416-4', '1572860-0'])('accepts the real business ID %s', (id) => {
    expect(businessIdProblem(id)).toBeNull();
  });

  it('tells a wrong check digit from a wrong format', () => {
    expect(businessIdProblem('0245437-3')).toBe('checksum');
    expect(businessIdProblem('245437-2')).toBe('format');
    expect(businessIdProblem('02454372')).toBe('format');
    expect(businessIdProblem('  ')).toBe('required');
  });

  it('computes the check digit the API accepts, and refuses bodies without one', () => {
    expect(withCheckDigit('0245437')).toBe('0245437-2');
    expect(isValidBusinessId(withCheckDigit('1234567'))).toBe(true);
    // 0000006: 2·6 = 12, remainder 1: no digit makes it valid, so such bodies are never issued.
    expect(() => withCheckDigit('0000006')).toThrow();
    expect([...'0123456789'].some((d) => isValidBusinessId(`0000006-${d}`))).toBe(false);
  });
});

describe('organisation form', () => {
  it('names every missing or wrong field', () => {
    expect(validateOrganization({ name: ' x ', businessId: '0245437-3', kind: '', region: '' })).toEqual({
      name: 'nameLength',
      businessId: 'businessId.checksum',
      kind: 'choose',
      region: 'choose',
    });
    expect(
      validateOrganization({
        name: 'Espoon kaupunki',
        businessId: '0101263-6',
        kind: 'municipality',
        region: '01',
      }),
    ).toEqual({});
  });

  it('puts a duplicate business ID at its field and a 400 at the fields it names', () => {
    const fields = ['name', 'businessId', 'kind', 'region'] as const;
    const codes = { DUPLICATE_BUSINESS_ID: ['businessId', 'duplicateBusinessId'] as ['businessId', string] };
    expect(serverErrors(409, { code: 'DUPLICATE_BUSINESS_ID', message: 'exists' }, fields, codes)).toEqual({
      businessId: 'duplicateBusinessId',
    });
    expect(
      serverErrors(
        400,
        {
          code: 'VALIDATION_FAILED',
          message: ['region must be one of the region codes 01, 02', 'name must be longer'],
        },
        fields,
        codes,
      ),
    ).toEqual({ region: 'refused', name: 'refused' });
    expect(serverErrors(400, { code: 'VALIDATION_FAILED', message: 'something else' }, fields)).toEqual({
      form: 'failed',
    });
    expect(serverErrors(0, null, fields)).toEqual({ form: 'offline' });
  });
});

describe('user edit', () => {
  it('sends regions for change agents only, and null for no organisation', () => {
    expect(
      toUpdateUserRequest({ roles: ['participant', 'trainer'], organizationId: '', regions: ['06'] }),
    ).toEqual({
      roles: ['participant', 'trainer'],
      organizationId: null,
      regions: [],
    });
    expect(
      toUpdateUserRequest({ roles: ['change_agent'], organizationId: 'o1', regions: ['06', '13'] }),
    ).toEqual({
      roles: ['change_agent'],
      organizationId: 'o1',
      regions: ['06', '13'],
    });
  });

  it('needs a role, and a region for a change agent', () => {
    expect(validateUserEdit({ roles: [], organizationId: '', regions: [] })).toEqual({ roles: 'oneRole' });
    expect(validateUserEdit({ roles: ['change_agent'], organizationId: '', regions: [] })).toEqual({
      regions: 'oneRegion',
    });
    expect(validateUserEdit({ roles: ['participant'], organizationId: '', regions: [] })).toEqual({});
  });

  it('toggles a choice and keeps the canonical order', () => {
    const all = ['participant', 'coordinator', 'trainer'];
    expect(toggle(['trainer'], 'participant', true, all)).toEqual(['participant', 'trainer']);
    expect(toggle(['participant', 'trainer'], 'trainer', false, all)).toEqual(['participant']);
  });
});
