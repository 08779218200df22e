import { TestBed } from '@angular/core/testing';
import type { ApplicationSummary, CallResponse } from '@keino/contracts';

import { Session } from '../../core/auth/session';
import { render } from '../../../testing/render';
import { CallApplications } from './call-applications';

const call: CallResponse = {
  id: 'c1',
  cohortId: 'k1',
  cohortName: 'Kevät 2027',
  title: 'Haku',
  opensAt: '2027-01-01T08:00:00Z',
  closesAt: '2027-02-01T08:00:00Z',
  maxOrganizations: 3,
  criteria: [{ key: 'task', title: 'Tehtävä', weight: 2 }],
  status: 'open',
  accepted: 1,
  myApplicationId: null,
  isReviewer: false,
  reviewers: [],
};

const row = (
  id: string,
  name: string,
  score: number | null,
  status: ApplicationSummary['status'],
): ApplicationSummary => ({
  id,
  organizationId: `o-${id}`,
  organizationName: name,
  organizationKind: 'municipality',
  region: '06',
  status,
  submittedAt: '2027-01-10T08:00:00Z',
  reviewCount: score === null ? 0 : 2,
  score,
});

function signInAs(roles: string[]) {
  TestBed.inject(Session).start({
    accessToken: 't',
    refreshToken: 'r',
    user: {
      id: 'u1',
      email: 'u@keino.example',
      fullName: 'U',
      locale: 'fi',
      organizationId: null,
      roles,
      regions: ['06'],
    },
  } as unknown as Parameters<Session['start']>[0]);
}

describe('CallApplications', () => {
  it('shows admins the ranking with scores, decisions and the spread chart with its table', async () => {
    const r = render(CallApplications, { inputs: { call } });
    signInAs(['admin']);
    r.fixture.detectChanges();
    r.http.expectOne((q) => q.url === '/api/users').flush({ items: [], total: 0 });
    r.http
      .expectOne((q) => q.url === '/api/calls/c1/applications')
      .flush({ items: [row('a', 'Espoo', 3.5, 'accepted'), row('b', 'Oulu', null, 'submitted')], total: 2 });
    r.fixture.detectChanges();
    await r.stable();
    const cells = Array.from(r.element.querySelectorAll('tbody tr')).map((tr) =>
      tr.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(cells[0]).toContain('1');
    expect(cells[0]).toContain('3,50');
    expect(cells[1]).toContain('–');
    expect(r.element.querySelectorAll('app-chart')).toHaveLength(2);
    // Only what may still be decided has the decision controls.
    expect(r.element.querySelectorAll('tbody select')).toHaveLength(1);
  });

  it('shows a change agent their regions’ applications without a score column', async () => {
    const r = render(CallApplications, { inputs: { call } });
    signInAs(['change_agent']);
    r.fixture.detectChanges();
    r.http
      .expectOne((q) => q.url === '/api/calls/c1/applications')
      .flush({ items: [row('a', 'Tampere', null, 'draft')], total: 1 });
    r.fixture.detectChanges();
    await r.stable();
    expect(r.element.querySelectorAll('thead th')).toHaveLength(4);
    expect(r.element.querySelector('app-chart')).toBeNull();
  });
});
