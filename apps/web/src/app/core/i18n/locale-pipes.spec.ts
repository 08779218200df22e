import { TestBed } from '@angular/core/testing';

import { LanguageService } from './language';
import { LocalDatePipe, LocalNumberPipe, LocalPercentPipe } from './locale-pipes';

describe('locale pipes', () => {
  let language: { current: () => string };

  beforeEach(() => {
    language = { current: () => 'fi' };
    TestBed.configureTestingModule({ providers: [{ provide: LanguageService, useValue: language }] });
  });

  const run = <T>(make: () => T) => TestBed.runInInjectionContext(make);

  it('writes percentages the Finnish way in every language', () => {
    const pipe = run(() => new LocalPercentPipe());
    expect(pipe.transform(0.75)).toBe('75\u00a0%');
    language.current = () => 'sv';
    expect(pipe.transform(0.755, 1)).toBe('75,5\u00a0%');
    // Angular's digitsInfo, as older templates pass it, still lands on the same style.
    expect(pipe.transform(0.755, '1.0-1')).toBe('75,5\u00a0%');
    expect(pipe.transform(null)).toBeNull();
  });

  it('follows the language chosen after the page was built', () => {
    const pipe = run(() => new LocalDatePipe());
    expect(pipe.transform('2027-01-04T07:00:00Z', 'dateTime')).toBe('4.1.2027 klo 9.00');
    language.current = () => 'sv';
    expect(pipe.transform('2027-01-04T07:00:00Z', 'dateTime')).toBe('4.1.2027 kl. 9.00');
    // An Angular pattern is read as the house style, not as its own digits.
    expect(pipe.transform('2027-01-04T07:00:00Z', 'd.M.yyyy HH:mm')).toBe('4.1.2027 kl. 9.00');
    language.current = () => 'en';
    expect(pipe.transform('2026-03-05', 'weekdayDate')).toBe('Thursday 5.3.2026');
    expect(pipe.transform('2026-03-05')).toBe('5.3.2026');
    expect(pipe.transform(undefined)).toBeNull();
  });

  it('groups thousands with a space and uses a decimal comma', () => {
    const pipe = run(() => new LocalNumberPipe());
    expect(pipe.transform(12345.67)).toBe('12\u00a0345,7');
  });
});
