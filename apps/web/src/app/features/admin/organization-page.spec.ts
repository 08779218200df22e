import { find, render } from '../../../testing/render';
import { OrganizationPage } from './organization-page';

describe('OrganizationPage', () => {
  it('shows the organisation with its domains (editable), membership requests, invitations and identity providers', async () => {
    const { element, http, stable } = render(OrganizationPage, { inputs: { organizationId: 'o1' } });
    await stable();
    http.expectOne('/api/organizations/o1').flush({
      id: 'o1',
      name: 'Tampereen kaupunki',
      businessId: '0211675-2',
      kind: 'municipality',
      region: '06',
      regionName: 'Pirkanmaa',
    });
    await stable();
    expect(find(element, 'h1').textContent).toBe('Tampereen kaupunki');
    http.expectOne('/api/organizations/o1/email-domains').flush({ items: [], total: 0 });
    http
      .expectOne((r) => r.url === '/api/organizations/o1/membership-requests')
      .flush({ items: [], total: 0 });
    http.expectOne((r) => r.url === '/api/organizations/o1/invitations').flush({ items: [], total: 0 });
    http
      .expectOne((r) => r.url === '/api/organizations/o1/identity-providers')
      .flush({ items: [], total: 0 });
    await stable();
    expect(element.querySelector('textarea#email-domains')).not.toBeNull();
    expect(element.textContent).toContain('membership.requests.empty');
    expect(element.textContent).toContain('membership.invitations.empty');
    expect(element.textContent).toContain('sso.admin.empty');
    http.verify();
  });

  it('says when there is no such organisation', async () => {
    const { element, http, stable } = render(OrganizationPage, { inputs: { organizationId: 'gone' } });
    await stable();
    http
      .expectOne('/api/organizations/gone')
      .flush({ code: 'NOT_FOUND', message: 'x' }, { status: 404, statusText: 'Not Found' });
    await stable();
    expect(find(element, '[role=alert]').textContent).toContain('membership.organizationPage.missing');
  });
});
