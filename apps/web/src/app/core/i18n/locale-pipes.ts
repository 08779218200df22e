import { formatDate, formatNumber, formatPercent, registerLocaleData } from '@angular/common';
import localeEnFi from '@angular/common/locales/en-FI';
import localeFi from '@angular/common/locales/fi';
import localeSvFi from '@angular/common/locales/sv-FI';
import { inject, Pipe, PipeTransform } from '@angular/core';

import { Language, LanguageService } from './language';

// Finnish conventions in every language: "75 %", "1 234,5", months named in the reader's language.
registerLocaleData(localeFi);
registerLocaleData(localeSvFi);
registerLocaleData(localeEnFi);
const LOCALE_IDS: Record<Language, string> = { fi: 'fi', sv: 'sv-FI', en: 'en-FI' };

export const localeIdOf = (language: Language): string => LOCALE_IDS[language];

type DateInput = string | number | Date | null | undefined;

/*
 * Angular's date and percent pipes take the locale fixed at start; these follow the language the person picks
 * while the page is open. Impure so that a language switch re-renders them; each call is a cheap format.
 */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: DateInput, format = 'd.M.yyyy'): string | null {
    if (value === null || value === undefined || value === '') return null;
    return formatDate(value, format, localeIdOf(this.language.current()));
  }
}

@Pipe({ name: 'localPercent', pure: false })
export class LocalPercentPipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  /** `value` is a ratio (0.75 → "75 %"), as with Angular's percent pipe. */
  transform(value: number | null | undefined, digitsInfo = '1.0-0'): string | null {
    if (value === null || value === undefined || Number.isNaN(value)) return null;
    return formatPercent(value, localeIdOf(this.language.current()), digitsInfo);
  }
}

@Pipe({ name: 'localNumber', pure: false })
export class LocalNumberPipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: number | null | undefined, digitsInfo = '1.0-1'): string | null {
    if (value === null || value === undefined || Number.isNaN(value)) return null;
    return formatNumber(value, localeIdOf(this.language.current()), digitsInfo);
  }
}
