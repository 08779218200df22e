import { fill, find, render } from '../../../testing/render';
import { ForgotPassword } from './forgot-password';

describe('ForgotPassword', () => {
  function open() {
    const page = render(ForgotPassword);
    const submit = async (email: string) => {
      await page.stable();
      fill(page.element, '#email', email);
      find(page.element, 'form').dispatchEvent(new Event('submit'));
      await page.stable();
    };
    return { ...page, submit };
  }

  it('asks for an address before calling the API', async () => {
    const { element, http, submit } = open();
    await submit('not an address');
    http.expectNone('/api/auth/password-reset');
    expect(find(element, '[role=status]').textContent).toContain('membership.forgot.required');
    expect(find(element, '#email').getAttribute('aria-invalid')).toBe('true');
  });

  it('says the same thing whatever the answer: a link was sent if the address has an account', async () => {
    const { element, http, stable, submit } = open();
    await submit(' maija@example.org ');
    const req = http.expectOne('/api/auth/password-reset');
    expect(req.request.body).toEqual({ email: 'maija@example.org' });
    req.flush(null, { status: 202, statusText: 'Accepted' });
    await stable();
    expect(find(element, '[role=status]').textContent).toContain('membership.forgot.sent');
  });

  it('tells when the address has asked too often', async () => {
    const { element, http, stable, submit } = open();
    await submit('maija@example.org');
    http
      .expectOne('/api/auth/password-reset')
      .flush({ code: 'TOO_MANY_REQUESTS', message: 'x' }, { status: 429, statusText: 'Too Many Requests' });
    await stable();
    expect(find(element, '[role=status]').textContent).toContain('membership.forgot.throttled');
  });
});
