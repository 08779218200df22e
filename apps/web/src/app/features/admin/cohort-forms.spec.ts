import {
  CohortForm,
  cohortServerErrors,
  suggestWorkshopTimes,
  toCreateCohortRequest,
  toUpdateCohortRequest,
  validateCohort,
} from './cohort-forms';

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
    place: '',
    onlineUrl: '',
    allowDuplicateName: false,
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
      place: null,
      onlineUrl: null,
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
    const w2 = [{ id: 'w2', moduleId: 'm2', startsAt: '2027-09-20T06:30:00Z' }];
    expect(validateCohort(form({ workshops: { w2: '2027-09-20T09:30' } }), [], w2)).toEqual({});
    expect(validateCohort(form({ workshops: { w2: '2028-03-01T09:30' } }), [], w2)).toEqual({
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

  // The course's workshop met in 2026; this cohort runs 2027–28.
  const lastYear = [{ id: 'w1', moduleId: 'm2', startsAt: '2026-10-14T07:00:00Z' }];

  it('asks for a decision on a workshop whose course time falls outside the cohort, instead of inheriting it', () => {
    expect(validateCohort(form(), ['m1', 'm2'], lastYear)).toEqual({ 'workshop-w1': 'workshopDecide' });
    expect(validateCohort(form({ startsOn: '2026-08-01' }), ['m1', 'm2'], lastYear)).toEqual({});
  });

  it('suggests each workshop on the day its module opens, at the course’s time of day, filling only empty ones', () => {
    const course = new Date('2026-10-14T07:00:00Z');
    const clock = `${String(course.getHours()).padStart(2, '0')}:${String(course.getMinutes()).padStart(2, '0')}`;
    expect(suggestWorkshopTimes(form(), lastYear)).toEqual({ w1: `2027-09-15T${clock}` });
    const first = [{ id: 'w0', moduleId: 'm1', startsAt: null }];
    expect(suggestWorkshopTimes(form(), first)).toEqual({ w0: '2027-08-15T09:00' });
    expect(suggestWorkshopTimes(form({ workshops: { w1: '2027-10-01T12:00' } }), lastYear)).toEqual({
      w1: '2027-10-01T12:00',
    });
    // A suggestion is a time within the cohort: it passes the check.
    const suggested = form({ workshops: suggestWorkshopTimes(form(), lastYear) });
    expect(validateCohort(suggested, ['m1', 'm2'], lastYear)).toEqual({});
  });

  it('checks the place and the online link, and sends them trimmed or as null', () => {
    expect(validateCohort(form({ onlineUrl: 'meet.example' }), [])).toEqual({ onlineUrl: 'onlineUrl' });
    expect(validateCohort(form({ onlineUrl: 'javascript:alert(1)' }), [])).toEqual({
      onlineUrl: 'onlineUrl',
    });
    expect(validateCohort(form({ place: 'x'.repeat(301) }), [])).toEqual({ place: 'placeLength' });
    const request = toUpdateCohortRequest(form({ place: ' Oulu ', onlineUrl: 'https://meet.example/a' }), []);
    expect(request).toMatchObject({ place: 'Oulu', onlineUrl: 'https://meet.example/a' });
    expect('allowDuplicateName' in request).toBe(false);
    expect(toUpdateCohortRequest(form({ allowDuplicateName: true }), []).allowDuplicateName).toBe(true);
  });

  it('shows a duplicate name at the name field', () => {
    expect(cohortServerErrors(409, { code: 'COHORT_NAME_TAKEN', message: 'taken' })).toEqual({
      name: 'nameTaken',
    });
    expect(cohortServerErrors(400, { code: 'WORKSHOP_DATE_REQUIRED' })).toEqual({
      form: 'workshopDecide',
    });
  });
});
