import { isValidBusinessId, withCheckDigit } from '@keino/contracts';

import {
  businessIdProblem,
  CohortForm,
  serverErrors,
  toCreateCohortRequest,
  toggle,
  toUpdateUserRequest,
  validateCohort,
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

describe('cohort form', () => {
  const form = (change: Partial<CohortForm> = {}): CohortForm => ({
    courseId: 'c1',
    name: '  Syksy 2027 ',
    startsOn: '2027-08-15',
    endsOn: '2028-01-31',
    capacity: 25,
    approvalRequired: true,
    enrollmentClosesAt: '',
    trainerIds: ['t1'],
    releases: { m1: '', m2: '2027-09-15' },
    workshops: {},
    ...change,
  });

  it('maps the form to the request: trimmed name, releases of the modules that have a date, in module order', () => {
    expect(
      toCreateCohortRequest(form({ releases: { m2: '2027-10-01', m1: '2027-09-01' } }), ['m1', 'm2']),
    ).toEqual({
      courseId: 'c1',
      name: 'Syksy 2027',
      startsOn: '2027-08-15',
      endsOn: '2028-01-31',
      capacity: 25,
      approvalRequired: true,
      trainerIds: ['t1'],
      moduleReleases: [
        { moduleId: 'm1', releasesOn: '2027-09-01' },
        { moduleId: 'm2', releasesOn: '2027-10-01' },
      ],
      workshops: [],
    });
    expect(toCreateCohortRequest(form(), ['m1', 'm2']).moduleReleases).toEqual([
      { moduleId: 'm2', releasesOn: '2027-09-15' },
    ]);
  });

  it('sends the closing time as the instant the admin meant in their own time zone', () => {
    const request = toCreateCohortRequest(form({ enrollmentClosesAt: '2027-08-01T16:00' }), []);
    expect(request.enrollmentClosesAt).toBe(new Date(2027, 7, 1, 16, 0).toISOString());
    expect('enrollmentClosesAt' in toCreateCohortRequest(form(), [])).toBe(false);
  });

  it('sends the cohort’s own workshop times as instants, and leaves out those that keep the course’s time', () => {
    const request = toCreateCohortRequest(
      form({ workshops: { w1: '', w2: '2027-09-20T09:30' } }),
      [],
      ['w1', 'w2'],
    );
    expect(request.workshops).toEqual([
      { activityId: 'w2', startsAt: new Date(2027, 8, 20, 9, 30).toISOString() },
    ]);
    expect(validateCohort(form({ workshops: { w2: '2027-09-20T09:30' } }), [], ['w2'])).toEqual({});
    expect(validateCohort(form({ workshops: { w2: '2028-03-01T09:30' } }), [], ['w2'])).toEqual({
      'workshop-w2': 'workshopOutside',
    });
  });

  it('accepts a complete form', () => {
    expect(validateCohort(form(), ['m1', 'm2'])).toEqual({});
  });

  it('names the fields that are wrong', () => {
    expect(
      validateCohort(
        form({
          courseId: '',
          name: 'x',
          endsOn: '2027-08-01',
          capacity: 0,
          releases: { m1: '2026-01-01' },
        }),
        ['m1', 'm2'],
      ),
    ).toEqual({
      courseId: 'choose',
      name: 'nameLength',
      endsOn: 'endsBeforeStart',
      capacity: 'capacity',
      'release-m1': 'releaseOutside',
    });
    expect(validateCohort(form({ capacity: 2.5 }), [])).toEqual({ capacity: 'capacity' });
    expect(validateCohort(form({ capacity: null, startsOn: '' }), [])).toEqual({
      capacity: 'capacity',
      startsOn: 'required',
    });
    expect(validateCohort(form({ enrollmentClosesAt: '2028-02-01T09:00' }), [])).toEqual({
      enrollmentClosesAt: 'closesAfterEnd',
    });
  });
});
