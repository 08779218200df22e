import { TestBed } from '@angular/core/testing';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';

import { LANGUAGE_KEY, LanguageService } from './language';

describe('LanguageService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = 'en';
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { fi: {}, sv: {}, en: {} },
          translocoConfig: { availableLangs: ['fi', 'sv', 'en'], defaultLang: 'fi' },
        }),
      ],
    });
  });

  it('starts in Finnish and says so in <html lang>', () => {
    const service = TestBed.inject(LanguageService);
    service.restore();
    expect(service.current()).toBe('fi');
    expect(document.documentElement.lang).toBe('fi');
    expect(TestBed.inject(TranslocoService).getActiveLang()).toBe('fi');
  });

  it('remembers the chosen language for the next visit', () => {
    TestBed.inject(LanguageService).use('sv');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('sv');
    expect(document.documentElement.lang).toBe('sv');

    const nextVisit = TestBed.inject(LanguageService);
    nextVisit.restore();
    expect(nextVisit.current()).toBe('sv');
  });

  it('ignores a stored value that is not a language', () => {
    localStorage.setItem(LANGUAGE_KEY, 'de');
    const service = TestBed.inject(LanguageService);
    service.restore();
    expect(service.current()).toBe('fi');
  });
});
