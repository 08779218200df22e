import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { UserResponse } from '@keino/contracts';

import { Users } from './users';

/** The element, or a failure that names the selector (instead of a non-null assertion). */
function find<T extends Element = HTMLElement>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found`);
  return found;
}

const ville: UserResponse = {
  id: 'u1',
  email: 'ville@keino.example',
  fullName: 'Ville Vallaton',
  locale: 'fi',
  organizationId: 'o1',
  roles: ['participant'],
  regions: [],
  emailVerified: true,
  pendingOrganizationId: null,
};

describe('Users', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        Users,
        TranslocoTestingModule.forRoot({
          langs: { fi: {} },
          translocoConfig: { availableLangs: ['fi'], defaultLang: 'fi' },
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function render() {
    const fixture = TestBed.createComponent(Users);
    http
      .expectOne((r) => r.url === '/api/organizations')
      .flush({ items: [{ id: 'o1', name: 'Tampereen kaupunki' }], total: 1 });
    const list = http.expectOne((r) => r.url === '/api/users');
    expect(list.request.params.get('limit')).toBe('20');
    expect(list.request.params.has('role')).toBe(false);
    list.flush({ items: [ville], total: 1 });
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const click = async (selector: string) => {
      find<HTMLElement>(el, selector).click();
      await fixture.whenStable();
    };
    return { fixture, el, click };
  }

  it('filters by role and text', async () => {
    const { fixture, el } = await render();
    const role = find<HTMLSelectElement>(el, '#user-role');
    role.value = 'trainer';
    role.dispatchEvent(new Event('change'));
    const q = find<HTMLInputElement>(el, '#user-q');
    q.value = ' ville ';
    q.dispatchEvent(new Event('input'));
    find(el, 'form').dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    const req = http.expectOne((r) => r.url === '/api/users');
    expect(req.request.params.get('role')).toBe('trainer');
    expect(req.request.params.get('q')).toBe('ville');
    expect(req.request.params.get('offset')).toBe('0');
  });

  it('adds the trainer role and announces the saved user', async () => {
    const { fixture, el, click } = await render();
    await click('[aria-controls="edit-u1"]');
    const trainer = find<HTMLInputElement>(el, 'input[name="role-trainer"]');
    trainer.checked = true;
    trainer.dispatchEvent(new Event('change'));
    find<HTMLFormElement>(el, '#edit-u1').dispatchEvent(new Event('submit'));
    const patch = http.expectOne('/api/users/u1');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({
      roles: ['participant', 'trainer'],
      organizationId: 'o1',
      regions: [],
    });
    patch.flush({ ...ville, roles: ['participant', 'trainer'] });
    await fixture.whenStable();
    expect(find(el, '.announcement').textContent).toContain('adminArea.users.saved');
    expect(el.querySelector('#edit-u1')).toBeNull();
    expect(find(el, '.rows').textContent).toContain('roles.trainer');
  });

  it('asks for a region before saving a change agent, and announces a failure', async () => {
    const { fixture, el, click } = await render();
    await click('[aria-controls="edit-u1"]');
    const agent = find<HTMLInputElement>(el, 'input[name="role-change_agent"]');
    agent.checked = true;
    agent.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    find<HTMLFormElement>(el, '#edit-u1').dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    http.expectNone('/api/users/u1');
    expect(find(el, '#regions-error').textContent).toContain('adminArea.errors.oneRegion');

    const lapland = find<HTMLInputElement>(el, 'input[name="region-19"]');
    lapland.checked = true;
    lapland.dispatchEvent(new Event('change'));
    find<HTMLFormElement>(el, '#edit-u1').dispatchEvent(new Event('submit'));
    const patch = http.expectOne('/api/users/u1');
    expect(patch.request.body.regions).toEqual(['19']);
    patch.flush({ statusCode: 500, code: 'INTERNAL' }, { status: 500, statusText: 'Error' });
    await fixture.whenStable();
    expect(find(el, '.announcement').textContent).toContain('adminArea.users.failed');
    expect(el.querySelector('#edit-u1')).not.toBeNull();
  });
});
