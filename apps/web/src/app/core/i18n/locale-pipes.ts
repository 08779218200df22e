import { inject, Pipe, PipeTransform } from '@angular/core';

import { LanguageService } from './language';
import { type DateInput, type DateStyle, formatMoment, formatNumber, formatRatio } from './local-format';

const STYLES: readonly string[] = ['date', 'dayMonth', 'time', 'dateTime', 'weekdayDate', 'weekdayDateTime'];

// Templates written before local-format.ts passed Angular patterns; each still lands on the one house style.
function styleOf(style: string): DateStyle {
  if (STYLES.includes(style)) return style as DateStyle;
  const weekday = style.includes('EEEE');
  const time = /[Hh]/.test(style);
  if (!/y/.test(style) && !weekday) return time ? 'time' : 'dayMonth';
  if (weekday) return time ? 'weekdayDateTime' : 'weekdayDate';
  return time ? 'dateTime' : 'date';
}

// Angular's digitsInfo ('1.0-1') or a plain count of decimals.
function digitsOf(digits: number | string, minDigits = 0): { max: number; min: number } {
  if (typeof digits === 'number') return { max: digits, min: minDigits };
  const match = /^\d+\.(\d+)-(\d+)$/.exec(digits);
  return match ? { min: Number(match[1]), max: Number(match[2]) } : { max: 1, min: 0 };
}

/*
 * The template side of local-format.ts: Angular's own date and percent pipes take the locale fixed at start; these
 * follow the language the person picks while the page is open. Impure so that a language switch re-renders them;
 * each call is a cheap format.
 */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  /** `style` is one of local-format's styles; an Angular pattern ('d.M.yyyy HH:mm') is read as the nearest style. */
  transform(value: DateInput, style: DateStyle | string = 'date'): string | null {
    return formatMoment(value, this.language.current(), styleOf(style));
  }
}

@Pipe({ name: 'localPercent', pure: false })
export class LocalPercentPipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  /** `value` is a ratio (0.75 → "75 %"); `digits` the most decimals shown. */
  transform(value: number | null | undefined, digits: number | string = 0): string | null {
    if (value === null || value === undefined || Number.isNaN(value)) return null;
    return formatRatio(value, this.language.current(), digitsOf(digits).max);
  }
}

@Pipe({ name: 'localNumber', pure: false })
export class LocalNumberPipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  /** `digits` decimals at most, `minDigits` at least. */
  transform(value: number | null | undefined, digits: number | string = 1, minDigits = 0): string | null {
    if (value === null || value === undefined || Number.isNaN(value)) return null;
    const { max, min } = digitsOf(digits, minDigits);
    return formatNumber(value, this.language.current(), max, min);
  }
}
