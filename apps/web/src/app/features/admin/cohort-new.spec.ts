import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { fill, find, render } from '../../../testing/render';
import { CohortNew } from './cohort-new';

describe('CohortNew', () => {
  let http: HttpTestingController;

  // The form once its courses, trainers and the only published course's modules have loaded.
  async function renderForm() {
    const page = render(CohortNew);
    http = page.http;
    const { fixture, element: el } = page;
    http
      .expectOne((r) => r.url === '/api/courses')
      .flush({
        items: [
          { id: 'draft', title: 'Luonnos', latestVersion: null },
          { id: 'c1', title: 'Hankintojen johtaminen', latestVersion: 2 },
        ],
        total: 2,
      });
    http
      .expectOne((r) => r.url === '/api/users' && r.params.get('role') === 'trainer')
      .flush({ items: [{ id: 't1', fullName: 'Kaisa Kouluttaja' }], total: 1 });
    // The only published course is chosen: its latest version's modules come next.
    http.expectOne('/api/courses/c1/versions/2').flush({
      courseId: 'c1',
      version: 2,
      publishedAt: '2026-01-01T00:00:00Z',
      modules: [
        { id: 'm1', title: 'Strategia', activities: [] },
        {
          id: 'm2',
          title: 'Analyysi',
          activities: [
            { id: 'p1', kind: 'page', title: 'Lukemista' },
            {
              id: 'w1',
              kind: 'workshop',
              title: 'Lähipäivä',
              startsAt: '2026-02-01T08:00:00Z',
              location: 'Pasila',
            },
          ],
        },
      ],
    });
    await fixture.whenStable();
    const set = (selector: string, value: string) => fill(el, selector, value);
    const submit = async () => {
      find(el, 'form').dispatchEvent(new Event('submit'));
      await fixture.whenStable();
    };
    return { fixture, el, set, submit };
  }

  it('offers published courses only and a release date for each module of the latest version', async () => {
    const { el } = await renderForm();
    const options = Array.from(el.querySelectorAll<HTMLOptionElement>('#courseId option')).map(
      (o) => o.value,
    );
    expect(options).toEqual(['', 'c1']);
    expect(find<HTMLSelectElement>(el, '#courseId').value).toBe('c1');
    expect(el.querySelectorAll('input[type=date][id^=release-]')).toHaveLength(2);
  });

  it('shows what is wrong without calling the API', async () => {
    const { el, set, submit } = await renderForm();
    set('#name', 'Syksy');
    set('#startsOn', '2027-09-01');
    set('#endsOn', '2027-08-01');
    await submit();
    http.expectNone('/api/cohorts');
    expect(find(el, '#endsOn-error').textContent).toContain('adminArea.errors.endsBeforeStart');
    expect(find(el, '#endsOn').getAttribute('aria-invalid')).toBe('true');
  });

  it('creates the cohort and goes to its page', async () => {
    const { el, set, submit } = await renderForm();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    set('#name', ' Syksy 2027 ');
    set('#startsOn', '2027-08-15');
    set('#endsOn', '2028-01-31');
    set('#capacity', '18');
    set('#release-m2', '2027-09-15');
    // Only workshops get a time of their own; the course's time is shown beside it.
    expect(el.querySelectorAll('input[type="datetime-local"][id^="workshop-"]')).toHaveLength(1);
    expect(find(el, '#workshop-w1-default').textContent).toContain('adminArea.newCohort.workshopDefault');
    set('#workshop-w1', '2027-09-20T09:30');
    const trainer = find<HTMLInputElement>(el, 'input[name="trainer-t1"]');
    trainer.checked = true;
    trainer.dispatchEvent(new Event('change'));
    await submit();
    const post = http.expectOne('/api/cohorts');
    expect(post.request.body).toEqual({
      courseId: 'c1',
      name: 'Syksy 2027',
      startsOn: '2027-08-15',
      endsOn: '2028-01-31',
      capacity: 18,
      approvalRequired: true,
      trainerIds: ['t1'],
      moduleReleases: [{ moduleId: 'm2', releasesOn: '2027-09-15' }],
      workshops: [{ activityId: 'w1', startsAt: new Date(2027, 8, 20, 9, 30).toISOString() }],
      place: null,
      onlineUrl: null,
    });
    post.flush({ id: 'new-cohort' });
    expect(navigate).toHaveBeenCalledWith(['/admin/cohorts', 'new-cohort']);
  });

  it('asks for a time for a workshop whose course time lies outside the cohort, and suggests one', async () => {
    const { fixture, el, set, submit } = await renderForm();
    set('#name', 'Syksy 2027');
    set('#startsOn', '2027-08-15');
    set('#endsOn', '2028-01-31');
    set('#release-m2', '2027-09-15');
    await submit();
    // The course's workshop met on 1.2.2026: the cohort does not inherit it without a word.
    http.expectNone('/api/cohorts');
    expect(find(el, '#workshop-w1-error').textContent).toContain('adminArea.errors.workshopDecide');
    const suggest = Array.from(el.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('adminArea.newCohort.suggestWorkshops'),
    );
    suggest?.click();
    await fixture.whenStable();
    expect(find<HTMLInputElement>(el, '#workshop-w1').value).toMatch(/^2027-09-15T\d\d:00$/);
    expect(el.querySelector('#workshop-w1-error')).toBeNull();
  });

  it('warns of a name another cohort has, and sends it again when the admin means it', async () => {
    const { fixture, el, set, submit } = await renderForm();
    set('#name', 'Syksy 2027');
    set('#startsOn', '2027-08-15');
    set('#endsOn', '2028-01-31');
    set('#workshop-w1', '2027-09-20T09:30');
    await submit();
    http
      .expectOne('/api/cohorts')
      .flush(
        { statusCode: 409, code: 'COHORT_NAME_TAKEN', message: 'x', error: 'conflict' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    expect(find(el, '#name-error').textContent).toContain('adminArea.errors.nameTaken');
    const allow = find<HTMLInputElement>(el, '#allowDuplicateName');
    allow.checked = true;
    allow.dispatchEvent(new Event('change'));
    await submit();
    expect(http.expectOne('/api/cohorts').request.body.allowDuplicateName).toBe(true);
  });

  it('puts a refused trainer at the trainers', async () => {
    const { fixture, el, set, submit } = await renderForm();
    set('#name', 'Syksy 2027');
    set('#startsOn', '2027-08-15');
    set('#endsOn', '2028-01-31');
    set('#workshop-w1', '2027-09-20T09:30');
    await submit();
    http
      .expectOne('/api/cohorts')
      .flush(
        { statusCode: 400, code: 'NOT_A_TRAINER', message: 'x', error: 'bad request' },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    expect(find(el, '#trainerIds-error').textContent).toContain('adminArea.errors.notTrainer');
  });
});
