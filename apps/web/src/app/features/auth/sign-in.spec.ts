import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';

import { find } from '../../../testing/render';
import { Session } from '../../core/auth/session';
import { SignIn } from './sign-in';

const fi = {
  signIn: {
    title: 'Kirjaudu',
    email: 'Sähköposti',
    password: 'Salasana',
    submit: 'Kirjaudu',
    invalid: 'Väärin',
    required: 'Täytä',
    throttled: 'Liikaa',
    failed: 'Virhe',
  },
};

describe('SignIn', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [
        SignIn,
        TranslocoTestingModule.forRoot({
          langs: { fi },
          translocoConfig: { availableLangs: ['fi'], defaultLang: 'fi' },
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function fillAndSubmit(email: string, password: string) {
    const fixture = TestBed.createComponent(SignIn);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const set = (selector: string, value: string) => {
      const input = find<HTMLInputElement>(el, selector);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    set('#email', email);
    set('#password', password);
    find(el, 'form').dispatchEvent(new Event('submit'));
    return fixture;
  }

  it('asks for both fields before calling the API', async () => {
    const fixture = await fillAndSubmit('', '');
    await fixture.whenStable();
    http.expectNone('/api/auth/login');
    expect(fixture.nativeElement.querySelector('[role=alert]').textContent).toContain('Täytä');
  });

  it('shows the wrong-credentials message on 401 INVALID_CREDENTIALS', async () => {
    const fixture = await fillAndSubmit('maija@kunta.fi', 'wrong password');
    const req = http.expectOne('/api/auth/login');
    expect(req.request.body).toEqual({ email: 'maija@kunta.fi', password: 'wrong password' });
    req.flush(
      { statusCode: 401, error: 'unauthorized', message: 'x', code: 'INVALID_CREDENTIALS' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('[role=alert]').textContent).toContain('Väärin');
    expect(TestBed.inject(Session).signedIn()).toBe(false);
  });

  it('keeps the session and goes to My learning on success', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await fillAndSubmit('maija@kunta.fi', 'right password!');
    http.expectOne('/api/auth/login').flush({ accessToken: 'a', refreshToken: 'r', user: { roles: [] } });
    expect(TestBed.inject(Session).accessToken()).toBe('a');
    expect(navigate).toHaveBeenCalledWith('/learning');
  });
});
