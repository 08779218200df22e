import { find, render } from '../../../testing/render';
import { MembershipRequests } from './membership-requests';

const pending = (id: string, fullName: string, emailVerified: boolean) => ({
  id,
  organizationId: 'o1',
  user: { id: `u-${id}`, fullName, email: `${id}@example.org`, emailVerified },
  status: 'pending',
  createdAt: '2026-03-01T08:00:00Z',
  decidedAt: null,
  decidedBy: null,
});

describe('MembershipRequests', () => {
  async function open() {
    const page = render(MembershipRequests, { inputs: { organizationId: 'o1' } });
    await page.stable();
    const req = page.http.expectOne((r) => r.url === '/api/organizations/o1/membership-requests');
    expect(req.request.params.get('status')).toBe('pending');
    req.flush({
      items: [pending('r1', 'Maija Meikäläinen', true), pending('r2', 'Pekka Uusi', false)],
      total: 2,
    });
    await page.stable();
    return page;
  }
  const buttonsOf = (el: HTMLElement, name: string) =>
    Array.from(el.querySelectorAll<HTMLButtonElement>('li'))
      .find((li) => li.textContent?.includes(name))
      ?.querySelectorAll('button') ?? [];

  it('lists the pending requests, marking an address not yet confirmed, each button naming the person', async () => {
    const { element } = await open();
    const rows = element.querySelectorAll('li');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).not.toContain('membership.requests.unverified');
    expect(rows[1].textContent).toContain('membership.requests.unverified');
    expect(buttonsOf(element, 'Pekka Uusi')[0].getAttribute('aria-label')).toBe(
      'membership.requests.approve: Pekka Uusi',
    );
  });

  it('approves one, drops it from the list and says so', async () => {
    const { element, http, stable } = await open();
    buttonsOf(element, 'Maija Meikäläinen')[0].click();
    const req = http.expectOne('/api/membership-requests/r1');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ status: 'approved' });
    req.flush({ ...pending('r1', 'Maija Meikäläinen', true), status: 'approved' });
    await stable();
    expect(element.querySelectorAll('li')).toHaveLength(1);
    expect(find(element, '[role=status]').textContent).toContain('membership.requests.approved');
    http.verify();
  });

  it('rejects one', async () => {
    const { element, http } = await open();
    buttonsOf(element, 'Pekka Uusi')[1].click();
    expect(http.expectOne('/api/membership-requests/r2').request.body).toEqual({ status: 'rejected' });
  });

  it('says a colleague decided first, and loads the list again', async () => {
    const { element, http, stable } = await open();
    buttonsOf(element, 'Pekka Uusi')[0].click();
    http
      .expectOne('/api/membership-requests/r2')
      .flush({ code: 'REQUEST_DECIDED', message: 'x' }, { status: 409, statusText: 'Conflict' });
    http
      .expectOne((r) => r.url === '/api/organizations/o1/membership-requests')
      .flush({ items: [pending('r1', 'Maija Meikäläinen', true)], total: 1 });
    await stable();
    expect(find(element, '[role=status]').textContent).toContain('membership.requests.alreadyDecided');
    expect(element.querySelectorAll('li')).toHaveLength(1);
  });

  it('says the person joined another organisation meanwhile', async () => {
    const { element, http, stable } = await open();
    buttonsOf(element, 'Pekka Uusi')[0].click();
    http
      .expectOne('/api/membership-requests/r2')
      .flush(
        { code: 'MEMBER_OF_ANOTHER_ORGANIZATION', message: 'x' },
        { status: 409, statusText: 'Conflict' },
      );
    http
      .expectOne((r) => r.url === '/api/organizations/o1/membership-requests')
      .flush({ items: [], total: 0 });
    await stable();
    expect(find(element, '[role=status]').textContent).toContain('membership.requests.otherOrganization');
  });
});
