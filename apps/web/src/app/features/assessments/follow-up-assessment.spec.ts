import type { EnrollmentAssessmentsResponse } from '@keino/contracts';

import { render } from '../../../testing/render';
import { FollowUpAssessment } from './follow-up-assessment';
import { followUpNotice, helsinkiToday } from './follow-up-logic';
import { SelfAssessment } from './self-assessment';

const text = (s: string) => ({ fi: s, sv: s, en: s });
const dim = (id: string, name: string) => ({
  id,
  position: 0,
  name: text(name),
  levels: [1, 2, 3, 4, 5].map((l) => text(`${name} ${l}`)),
  archivedAt: null,
});
const phase = (answers: { dimensionId: string; level: number }[]) => ({
  answers,
  answeredAt: answers.length ? '2025-01-10T10:00:00Z' : null,
  updatedAt: answers.length ? '2025-01-10T10:00:00Z' : null,
});
const answers = (
  over: Partial<EnrollmentAssessmentsResponse['followUp']> = {},
): EnrollmentAssessmentsResponse => ({
  enrollmentId: 'e1',
  cohortId: 'c1',
  cohortName: 'Kevät 2025',
  canAnswer: false,
  activities: [],
  dimensions: [dim('d1', 'Strategia'), dim('d2', 'Tieto')],
  start: phase([
    { dimensionId: 'd1', level: 1 },
    { dimensionId: 'd2', level: 2 },
  ]),
  end: phase([
    { dimensionId: 'd1', level: 3 },
    { dimensionId: 'd2', level: 2 },
  ]),
  followUp: { ...phase([]), opensOn: '2026-04-30', lastDay: '2026-08-30', canAnswer: true, ...over },
});
const fi = {
  assessment: {
    followUp: {
      notOpen: 'Avautuu {{opens}}',
      closed: 'Päättyi {{last}}',
      lastWas: 'Viimeksi {{level}}',
    },
    missing: 'Puuttuu: {{names}}',
    saved: 'Tallennettu',
  },
};

describe('the follow-up page', () => {
  it('says why the form does not show: before, after, or not one’s own', () => {
    const closed = answers({ canAnswer: false });
    expect(followUpNotice(closed, '2026-04-29')).toBe('notOpen');
    expect(followUpNotice(closed, '2026-08-31')).toBe('closed');
    expect(followUpNotice(closed, '2026-05-01')).toBe('notParticipant');
    expect(followUpNotice(answers(), '2026-05-01')).toBeNull();
    expect(helsinkiToday(new Date('2026-04-29T22:30:00Z'))).toBe('2026-04-30');
  });

  it('shows the last level per dimension, refuses a missing one and sends the follow-up', async () => {
    const { element, http, stable, fixture } = render(FollowUpAssessment, {
      fi,
      inputs: { enrollmentId: 'e1' },
    });
    fixture.detectChanges();
    http.expectOne('/api/enrollments/e1/assessments').flush(answers());
    await stable();
    // The end's levels, the latest before the follow-up.
    expect(Array.from(element.querySelectorAll('.before')).map((p) => p.textContent?.trim())).toEqual([
      'Viimeksi 3',
      'Viimeksi 2',
    ]);
    const radio = (dimension: string, level: number) =>
      element.querySelector<HTMLInputElement>(`input[name="dim-${dimension}"][value="${level}"]`);
    radio('d1', 4)?.click();
    element.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await stable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Puuttuu: Tieto');
    http.expectNone('/api/enrollments/e1/assessments/follow-up');

    radio('d2', 5)?.click();
    element.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    const put = http.expectOne('/api/enrollments/e1/assessments/follow-up');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({
      answers: [
        { dimensionId: 'd1', level: 4 },
        { dimensionId: 'd2', level: 5 },
      ],
    });
    put.flush(
      answers({
        ...phase([
          { dimensionId: 'd1', level: 4 },
          { dimensionId: 'd2', level: 5 },
        ]),
      }),
    );
    await stable();
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Tallennettu');
    const cells = Array.from(element.querySelectorAll('tbody tr')).map((r) =>
      Array.from(r.querySelectorAll('th, td')).map((c) => c.textContent?.trim()),
    );
    expect(cells).toEqual([
      ['Strategia', '1', '3', '4', '+3'],
      ['Tieto', '2', '2', '5', '+3'],
    ]);
  });

  it('tells before the window when it opens, with no form', async () => {
    const { element, http, stable, fixture } = render(FollowUpAssessment, {
      fi,
      inputs: { enrollmentId: 'e1' },
    });
    fixture.detectChanges();
    http
      .expectOne('/api/enrollments/e1/assessments')
      .flush(answers({ canAnswer: false, opensOn: '2999-01-31' }));
    await stable();
    expect(element.querySelector('form')).toBeNull();
    expect(element.querySelector('.locked')?.textContent?.trim()).toBe('Avautuu 31.1.2999');
  });

  it('is linked from the course’s assessment once it may be answered', async () => {
    const withActivity = (over: Partial<EnrollmentAssessmentsResponse['followUp']>) => ({
      ...answers(over),
      activities: [
        { activityId: 'a1', title: 'Alkuarvio', phase: 'start' as const, released: true, completed: true },
      ],
    });
    const open = render(SelfAssessment, { fi, inputs: { enrollmentId: 'e1', activityId: 'a1' } });
    open.fixture.detectChanges();
    open.http.expectOne('/api/enrollments/e1/assessments').flush(withActivity({ canAnswer: true }));
    await open.stable();
    expect(open.element.querySelector('a[href="/learning/e1/follow-up"]')).not.toBeNull();
  });

  it('has no link to the follow-up while it is not open', async () => {
    const closed = render(SelfAssessment, { fi, inputs: { enrollmentId: 'e1', activityId: 'a1' } });
    closed.fixture.detectChanges();
    closed.http.expectOne('/api/enrollments/e1/assessments').flush({
      ...answers({ canAnswer: false }),
      activities: [{ activityId: 'a1', title: 'Alkuarvio', phase: 'start', released: true, completed: true }],
    });
    await closed.stable();
    expect(closed.element.querySelector('h1')?.textContent).toBe('Alkuarvio');
    expect(closed.element.querySelector('a[href="/learning/e1/follow-up"]')).toBeNull();
  });
});
