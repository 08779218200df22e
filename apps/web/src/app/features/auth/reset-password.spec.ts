import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { UserResponse } from '@keino/contracts';

import { fill, find, render } from '../../../testing/render';
import { Session } from '../../core/auth/session';
import { ResetPassword } from './reset-password';

const user: UserResponse = {
  id: 'u1',
  email: 'maija@example.org',
  fullName: 'Maija Meikäläinen',
  locale: 'fi',
  organizationId: null,
  roles: ['participant'],
  regions: [],
  emailVerified: true,
  pendingOrganizationId: null,
};

describe('ResetPassword', () => {
  beforeEach(() => sessionStorage.clear());

  function open(token?: string) {
    const page = render(ResetPassword, { inputs: token ? { token } : {} });
    const submit = async (password: string, repeat: string) => {
      fill(page.element, '#password', password);
      fill(page.element, '#repeat', repeat);
      find(page.element, 'form').dispatchEvent(new Event('submit'));
      await page.stable();
    };
    return { ...page, submit };
  }

  it('checks length and agreement before calling the API', async () => {
    const { element, http, stable, submit } = open('t1');
    await stable();
    await submit('short', 'short');
    expect(find(element, '[role=alert]').textContent).toContain('membership.reset.required');
    await submit('uusi pitkä salasana', 'uusi pitka salasana');
    expect(find(element, '[role=alert]').textContent).toContain('membership.reset.mismatch');
    expect(find(element, '#repeat').getAttribute('aria-invalid')).toBe('true');
    http.expectNone('/api/auth/password-reset/confirm');
  });

  it('sets the password, forgets this tab’s session and goes to sign-in with a notice', async () => {
    const { http, stable, submit } = open('t1');
    TestBed.inject(Session).start({ accessToken: 'a', refreshToken: 'r', user });
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await stable();
    await submit('uusi pitkä salasana', 'uusi pitkä salasana');
    const req = http.expectOne('/api/auth/password-reset/confirm');
    expect(req.request.body).toEqual({ token: 't1', password: 'uusi pitkä salasana' });
    req.flush(null, { status: 204, statusText: 'No Content' });
    expect(TestBed.inject(Session).signedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/sign-in'], { queryParams: { notice: 'passwordReset' } });
  });

  it('explains a used or expired link and offers a new one', async () => {
    const { element, http, stable, submit } = open('old');
    await stable();
    await submit('uusi pitkä salasana', 'uusi pitkä salasana');
    http
      .expectOne('/api/auth/password-reset/confirm')
      .flush({ code: 'INVALID_LINK', message: 'x' }, { status: 400, statusText: 'Bad Request' });
    await stable();
    expect(find(element, '[role=alert]').textContent).toContain('membership.reset.invalid');
    expect(find(element, 'a[href="/forgot-password"]').textContent).toContain('membership.reset.newLink');
  });

  it('shows no form without a token', async () => {
    const { element, stable } = open();
    await stable();
    expect(element.querySelector('form')).toBeNull();
    expect(find(element, '[role=alert]').textContent).toContain('membership.reset.invalid');
  });
});
