import { MAX_EMAIL_DOMAINS } from '@keino/contracts';

import { fill, find, render } from '../../../testing/render';
import { EmailDomains, parseDomains } from './email-domains';

describe('parseDomains', () => {
  it('reads one per line or separated by commas, lower-cased, without "@", each once', () => {
    expect(parseDomains('Tampere.fi\n@tampere.fi, kunta.tampere.fi ;\n\n')).toEqual({
      domains: ['tampere.fi', 'kunta.tampere.fi'],
      invalid: [],
    });
  });

  it('names what is not a host name', () => {
    expect(parseDomains('tampere\nfoo_bar.fi\n-x.fi\ntampere.fi').invalid).toEqual([
      'tampere',
      'foo_bar.fi',
      '-x.fi',
    ]);
  });
});

describe('EmailDomains', () => {
  async function open(editable: boolean) {
    const page = render(EmailDomains, { inputs: { organizationId: 'o1', editable } });
    await page.stable();
    page.http.expectOne('/api/organizations/o1/email-domains').flush({
      items: [{ domain: 'tampere.fi', createdAt: '2026-03-01T08:00:00Z' }],
      total: 1,
    });
    await page.stable();
    return page;
  }
  const save = async (el: HTMLElement, text: string, stable: () => Promise<void>) => {
    fill(el, '#email-domains', text);
    find(el, 'form').dispatchEvent(new Event('submit'));
    await stable();
  };

  it('shows the domains to a coordinator without a form', async () => {
    const { element } = await open(false);
    expect(element.querySelector('form')).toBeNull();
    expect(find(element, 'li').textContent).toBe('tampere.fi');
  });

  it('lets an admin save the whole list', async () => {
    const { element, http, stable } = await open(true);
    expect(find<HTMLTextAreaElement>(element, '#email-domains').value).toBe('tampere.fi');
    await save(element, 'tampere.fi\nTAMPERE.example', stable);
    const req = http.expectOne('/api/organizations/o1/email-domains');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ domains: ['tampere.fi', 'tampere.example'] });
    req.flush({
      items: [
        { domain: 'tampere.fi', createdAt: '2026-03-01T08:00:00Z' },
        { domain: 'tampere.example', createdAt: '2026-03-02T08:00:00Z' },
      ],
      total: 2,
    });
    await stable();
    expect(find(element, '[role=status]').textContent).toContain('membership.domains.saved');
  });

  it('refuses a bad name or too many before calling the API', async () => {
    const { element, http, stable } = await open(true);
    await save(element, 'tampere', stable);
    expect(find(element, '#email-domains').getAttribute('aria-invalid')).toBe('true');
    expect(element.textContent).toContain('membership.domains.errors.invalid');
    const many = Array.from({ length: MAX_EMAIL_DOMAINS + 1 }, (_, i) => `d${i}.fi`).join('\n');
    await save(element, many, stable);
    expect(element.textContent).toContain('membership.domains.errors.tooMany');
    http.expectNone('/api/organizations/o1/email-domains');
  });

  it('says when a domain is another organisation’s', async () => {
    const { element, http, stable } = await open(true);
    await save(element, 'oulu.fi', stable);
    http
      .expectOne('/api/organizations/o1/email-domains')
      .flush({ code: 'DOMAIN_TAKEN', message: 'x' }, { status: 409, statusText: 'Conflict' });
    await stable();
    expect(find(element, '.field-error').textContent).toContain('membership.domains.errors.taken');
  });
});
