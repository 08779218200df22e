import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { UserResponse } from '@keino/contracts';

import { find } from '../../../testing/render';
import { Session } from '../../core/auth/session';
import { LanguageService } from '../../core/i18n/language';
import { Profile } from './profile';

const user: UserResponse = {
  id: 'u1',
  email: 'maija@tampere.fi',
  fullName: 'Maija Meikäläinen',
  locale: 'fi',
  organizationId: null,
  roles: ['participant'],
  regions: [],
  emailVerified: true,
  pendingOrganizationId: null,
};

describe('Profile', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [
        Profile,
        TranslocoTestingModule.forRoot({
          langs: { fi: {} },
          translocoConfig: { availableLangs: ['fi', 'sv', 'en'], defaultLang: 'fi' },
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).start({ accessToken: 'a1', refreshToken: 'r1', user });
  });

  async function render() {
    const fixture = TestBed.createComponent(Profile);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const set = (selector: string, value: string) => {
      const input = find<HTMLInputElement | HTMLSelectElement>(el, selector);
      input.value = value;
      input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    };
    const submit = async (index: number) => {
      el.querySelectorAll('form')[index].dispatchEvent(new Event('submit'));
      await fixture.whenStable();
    };
    return { fixture, el, set, submit };
  }

  it('saves name and language, and switches the app to the chosen language', async () => {
    const { fixture, el, set, submit } = await render();
    set('#fullName', 'Maija Virtanen');
    set('#locale', 'sv');
    await submit(0);
    // The membership status below reads the account too (GET): this is the save.
    const req = http.expectOne({ method: 'PATCH', url: '/api/auth/me' });
    expect(req.request.body).toEqual({ fullName: 'Maija Virtanen', locale: 'sv' });
    req.flush({ ...user, fullName: 'Maija Virtanen', locale: 'sv' });
    fixture.detectChanges();
    expect(TestBed.inject(Session).user()?.fullName).toBe('Maija Virtanen');
    expect(TestBed.inject(LanguageService).current()).toBe('sv');
    expect(el.textContent).toContain('profile.saved');
  });

  it('checks that the new passwords agree before asking the API', async () => {
    const { fixture, el, set, submit } = await render();
    set('#currentPassword', 'vanha salasana 1');
    set('#newPassword', 'uusi pitkä salasana');
    set('#repeat', 'uusi pitka salasana');
    await submit(1);
    http.expectNone('/api/auth/password');
    fixture.detectChanges();
    expect(el.textContent).toContain('profile.mismatch');
  });

  it('keeps the session’s new tokens after a change, and says when the current password is wrong', async () => {
    const { fixture, el, set, submit } = await render();
    const fill = () => {
      set('#currentPassword', 'vanha salasana 1');
      set('#newPassword', 'uusi pitkä salasana');
      set('#repeat', 'uusi pitkä salasana');
    };
    fill();
    await submit(1);
    http
      .expectOne('/api/auth/password')
      .flush({ code: 'WRONG_PASSWORD', message: 'x' }, { status: 400, statusText: 'Bad Request' });
    fixture.detectChanges();
    expect(el.textContent).toContain('profile.wrongPassword');
    expect(find(el, '#currentPassword').getAttribute('aria-invalid')).toBe('true');

    fill();
    await submit(1);
    http.expectOne('/api/auth/password').flush({ accessToken: 'a2', refreshToken: 'r2', user });
    fixture.detectChanges();
    expect(TestBed.inject(Session).accessToken()).toBe('a2');
    // Every other session ended with the change: the list of devices is read again.
    expect(http.match({ method: 'GET', url: '/api/auth/sessions?limit=200' })).toHaveLength(2);
    expect(el.textContent).toContain('profile.changed');
    expect(find<HTMLInputElement>(el, '#currentPassword').value).toBe('');
  });
});
