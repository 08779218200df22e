import { fill, find, render } from '../../../testing/render';
import { OrganizationInvitations } from './invitations';

const invitation = (id: string, email: string) => ({
  id,
  organizationId: 'o1',
  email,
  invitedBy: { id: 'c1', fullName: 'Sanna Koordinaattori' },
  createdAt: '2026-03-01T08:00:00Z',
  expiresAt: '2026-03-15T08:00:00Z',
  acceptedAt: null,
});

describe('OrganizationInvitations', () => {
  async function open() {
    const page = render(OrganizationInvitations, { inputs: { organizationId: 'o1' } });
    await page.stable();
    page.http
      .expectOne((r) => r.url === '/api/organizations/o1/invitations')
      .flush({ items: [invitation('i1', 'pekka@tampere.fi')], total: 1 });
    await page.stable();
    const invite = async (email: string) => {
      fill(page.element, '#invite-email', email);
      find(page.element, 'form').dispatchEvent(new Event('submit'));
      await page.stable();
    };
    return { ...page, invite };
  }

  it('lists the open invitations with who sent them', async () => {
    const { element } = await open();
    expect(element.querySelectorAll('li')).toHaveLength(1);
    expect(element.querySelector('li')?.textContent).toContain('pekka@tampere.fi');
  });

  it('refuses something that is not an address at the field, without calling the API', async () => {
    const { element, http, invite } = await open();
    await invite('pekka');
    http.expectNone('/api/organizations/o1/invitations');
    expect(find(element, '#invite-email').getAttribute('aria-invalid')).toBe('true');
    expect(element.textContent).toContain('membership.invitations.errors.email');
  });

  it('sends an invitation and shows it first among the open ones', async () => {
    const { element, http, stable, invite } = await open();
    await invite(' maija@tampere.fi ');
    const req = http.expectOne('/api/organizations/o1/invitations');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ email: 'maija@tampere.fi' });
    req.flush(invitation('i2', 'maija@tampere.fi'));
    await stable();
    expect(element.querySelector('li')?.textContent).toContain('maija@tampere.fi');
    expect(find(element, '[role=status]').textContent).toContain('membership.invitations.sent');
    expect(find<HTMLInputElement>(element, '#invite-email').value).toBe('');
  });

  it.each([
    ['INVITATION_EXISTS', 'membership.invitations.errors.exists'],
    ['ALREADY_MEMBER', 'membership.invitations.errors.member'],
  ])('explains %s at the field', async (code, message) => {
    const { element, http, stable, invite } = await open();
    await invite('pekka@tampere.fi');
    http
      .expectOne('/api/organizations/o1/invitations')
      .flush({ code, message: 'x' }, { status: 409, statusText: 'Conflict' });
    await stable();
    expect(find(element, '.field-error').textContent).toContain(message);
  });

  it('revokes an invitation', async () => {
    const { element, http, stable } = await open();
    find<HTMLButtonElement>(element, 'li button').click();
    const req = http.expectOne('/api/invitations/i1');
    expect(req.request.method).toBe('DELETE');
    req.flush(null, { status: 204, statusText: 'No Content' });
    await stable();
    expect(element.querySelectorAll('li')).toHaveLength(0);
    expect(element.textContent).toContain('membership.invitations.empty');
    expect(find(element, '[role=status]').textContent).toContain('membership.invitations.revoked');
  });

  it('drops an invitation accepted meanwhile (404) and says so', async () => {
    const { element, http, stable } = await open();
    find<HTMLButtonElement>(element, 'li button').click();
    http
      .expectOne('/api/invitations/i1')
      .flush({ code: 'NOT_FOUND', message: 'x' }, { status: 404, statusText: 'Not Found' });
    await stable();
    expect(element.querySelectorAll('li')).toHaveLength(0);
    expect(find(element, '[role=status]').textContent).toContain('membership.invitations.revokeGone');
  });
});
