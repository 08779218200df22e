import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { ActivityResponse, CourseDetailResponse, ModuleResponse } from '@keino/contracts';

import { find } from '../../../testing/render';
import { CourseEditor } from './course-editor';

const fi = {
  common: { loading: 'Ladataan', failed: 'Virhe' },
  kind: { page: 'Luettava', link: 'Linkki' },
  player: { required: 'pakollinen', optional: 'vapaaehtoinen' },
  rowActions: { up: 'Ylös', down: 'Alas' },
  editor: {
    saving: 'Tallennetaan',
    saved: 'Tallennettu',
    moduleMoved: 'Moduuli {{title}} sijalla {{position}}/{{count}}',
    activityMoved: 'Tehtävä {{title}} sijalla {{position}}/{{count}}',
    moveFailed: 'Järjestys palautettiin',
    publish: 'Julkaise versio {{version}}',
    noRequiredActivity: 'Tarvitaan pakollinen tehtävä',
    published: 'Versio {{version}} julkaistu',
  },
};

const activity = (id: string, moduleId: string, position: number): ActivityResponse => ({
  id,
  moduleId,
  kind: 'page',
  title: `Tehtävä ${id}`,
  required: false,
  content: '',
  url: null,
  startsAt: null,
  location: null,
  position,
});

const mod = (id: string, position: number, activities: ActivityResponse[] = []): ModuleResponse => ({
  id,
  title: `Moduuli ${id}`,
  summary: '',
  position,
  activities,
});

const COURSE: CourseDetailResponse = {
  id: 'c1',
  title: 'Hankinnat',
  summary: '',
  language: 'fi',
  status: 'draft',
  latestVersion: null,
  trainerIds: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  modules: [mod('A', 0, [activity('a1', 'A', 0), activity('a2', 'A', 1)]), mod('B', 1), mod('C', 2)],
};

describe('CourseEditor', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<CourseEditor>;
  let el: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        CourseEditor,
        TranslocoTestingModule.forRoot({
          langs: { fi },
          translocoConfig: { availableLangs: ['fi'], defaultLang: 'fi' },
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CourseEditor);
    fixture.componentRef.setInput('courseId', 'c1');
    el = fixture.nativeElement;
    await fixture.whenStable();
    http.expectOne('/api/courses/c1').flush(COURSE);
    http.expectOne('/api/courses/c1/versions').flush([]);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const moduleTitles = () =>
    Array.from(el.querySelectorAll('.editor-module h3')).map((h) => h.textContent?.trim());
  const status = () => find(el, '[role=status][aria-live=polite]').textContent?.trim();

  it('moves a module down with its button, saves the whole order and announces the new place', async () => {
    find(el, '#module-down-A').click();
    await fixture.whenStable();
    expect(moduleTitles()).toEqual(['1. Moduuli B', '2. Moduuli A', '3. Moduuli C']);
    const put = http.expectOne('/api/courses/c1/modules/order');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ ids: ['B', 'A', 'C'] });
    expect(status()).toBe('Tallennetaan');
    put.flush([]);
    await fixture.whenStable();
    expect(status()).toBe('Moduuli Moduuli A sijalla 2/3');
    // Focus stays on the pressed button, so the module can be moved again at once.
    await new Promise((resolve) => setTimeout(resolve));
    expect(document.activeElement?.id).toBe('module-down-A');
  });

  it('puts the old order back when saving it fails', async () => {
    find(el, '#activity-up-a2').click();
    await fixture.whenStable();
    const put = http.expectOne('/api/modules/A/activities/order');
    expect(put.request.body).toEqual({ ids: ['a2', 'a1'] });
    expect(Array.from(el.querySelectorAll('.editor-activity h4')).map((h) => h.textContent)).toEqual([
      'Tehtävä a2',
      'Tehtävä a1',
    ]);
    put.flush({ code: 'REORDER_MISMATCH' }, { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();
    expect(Array.from(el.querySelectorAll('.editor-activity h4')).map((h) => h.textContent)).toEqual([
      'Tehtävä a1',
      'Tehtävä a2',
    ]);
    expect(status()).toBe('Järjestys palautettiin');
  });

  it('does nothing when the first module is moved up', async () => {
    const up = find(el, '#module-up-A');
    expect(up.getAttribute('aria-disabled')).toBe('true');
    up.click();
    await fixture.whenStable();
    http.expectNone('/api/courses/c1/modules/order');
    expect(moduleTitles()[0]).toBe('1. Moduuli A');
  });

  it('says clearly why a course without a required activity cannot be published', async () => {
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
    const publish = Array.from(el.querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === 'Julkaise versio 1',
    );
    expect(publish).toBeDefined();
    publish?.click();
    await fixture.whenStable();
    const dialog = find<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).toBe(true);
    find(dialog, '.button.primary').click();
    await fixture.whenStable();
    http
      .expectOne('/api/courses/c1/publish')
      .flush(
        { statusCode: 409, code: 'NO_REQUIRED_ACTIVITY', error: 'Conflict', message: 'x' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    expect(find(el, '[role=alert]').textContent).toContain('Tarvitaan pakollinen tehtävä');
  });
});
