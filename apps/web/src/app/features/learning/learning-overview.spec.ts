import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { MyOverviewResponse, OverviewActivity } from '@keino/contracts';

import { LearningOverview } from './learning-overview';

const activity = (n: number): OverviewActivity => ({
  activityId: `a${n}`,
  moduleId: 'm1',
  moduleTitle: 'Moduuli 1',
  title: `Tehtävä ${n}`,
  kind: 'page',
});

const overview: MyOverviewResponse = {
  cohorts: [
    {
      enrollmentId: 'e1',
      cohortId: 'c1',
      cohortName: 'Syksy 2026',
      courseTitle: 'Hankintojen johtaminen',
      percent: 37.5,
      next: activity(1),
      late: [1, 2, 3, 4, 5].map(activity),
      team: [{ fullName: 'Kalle Kollega', percent: 66.7 }],
    },
    {
      enrollmentId: 'e2',
      cohortId: 'c2',
      cohortName: 'Kevät 2027',
      courseTitle: 'Hankintojen johtaminen',
      percent: 100,
      next: null,
      late: [],
      team: [],
    },
  ],
  nextWorkshop: null,
};

describe('LearningOverview', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        LearningOverview,
        TranslocoTestingModule.forRoot({
          langs: { fi: {} },
          translocoConfig: { availableLangs: ['fi', 'sv', 'en'], defaultLang: 'fi' },
        }),
      ],
      providers: [provideRouter([])],
    });
  });

  async function render(value: MyOverviewResponse) {
    const fixture = TestBed.createComponent(LearningOverview);
    fixture.componentRef.setInput('overview', value);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('names three late activities, counts the rest, and lists the team with percents', async () => {
    const el = await render(overview);
    const [first, second] = Array.from(el.querySelectorAll<HTMLElement>('.cards > li'));
    expect(
      Array.from(first.querySelectorAll('.late li')).map((li) => li.textContent?.trim().split(' (')[0]),
    ).toEqual(['Tehtävä 1', 'Tehtävä 2', 'Tehtävä 3']);
    expect(first.textContent).toContain('dashboard.lateMore');
    expect(first.querySelector('a')?.textContent?.trim()).toBe('Tehtävä 1');
    expect(first.querySelector('a')?.getAttribute('href')).toBe('/learning/e1');
    const cells = Array.from(first.querySelectorAll('tbody td')).map((td) => td.textContent?.trim());
    expect(cells[0]).toBe('Kalle Kollega');
    expect(cells[1]).toMatch(/^66,7\s%$/);
    // The finished-for-now cohort says so instead of empty lists.
    expect(second.textContent).toContain('dashboard.nothingOpen');
    expect(second.textContent).toContain('dashboard.nothingLate');
    expect(second.textContent).toContain('dashboard.noTeam');
    expect(second.querySelector('table')).toBeNull();
    expect(el.textContent).toContain('dashboard.noWorkshop');
  });

  it('shows the next workshop with its place', async () => {
    const el = await render({
      ...overview,
      nextWorkshop: {
        ...activity(9),
        kind: 'workshop',
        title: 'Lähipäivä 4',
        enrollmentId: 'e1',
        cohortName: 'Syksy 2026',
        startsAt: '2026-12-09T07:00:00Z',
        location: 'Helsinki, Säätytalo',
      },
    });
    const box = el.querySelector('[data-testid="next-workshop"]');
    expect(box?.textContent).toContain('Lähipäivä 4');
    expect(box?.textContent).toContain('Helsinki, Säätytalo');
    expect(box?.textContent).toContain('9.12.2026');
    expect(box?.querySelector('button')?.textContent).toContain('player.ics');
  });
});
