/*
 * The app's one formatter of numbers, dates and times. Every figure and moment a page shows goes through here (the
 * pipes in locale-pipes.ts, charts, notifications, the audit log), so that one page never says "58.3 %" beside
 * "58,3 %", or "09:00" beside "klo 9.15". Conventions are Finland's in every language (CLDR's fi, sv-FI, en-FI):
 * decimal comma, a space between thousands and before "%", dates as 9.3.2026, times as 9.00 in Finnish time.
 */

/** The interface languages (as in language.ts, repeated so that this module depends on nothing). */
export type FormatLanguage = 'fi' | 'sv' | 'en';

const LOCALES: Record<FormatLanguage, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-FI' };

/** Workshops happen in Finland: a moment is shown in Finnish time wherever the browser is. */
export const TIME_ZONE = 'Europe/Helsinki';

/** The word before a time of day: "klo 9.00", "kl. 9.00", "at 9.00". */
const TIME_WORD: Record<FormatLanguage, string> = { fi: 'klo', sv: 'kl.', en: 'at' };

export type DateInput = string | number | Date | null | undefined;

/** How a moment is written: `date` 9.3.2026, `dayMonth` 9.3., `time` klo 9.00, `dateTime` 9.3.2026 klo 9.00,
 * `weekdayDateTime` maanantai 9.3.2026 klo 9.00, `weekdayDate` maanantai 9.3.2026. */
export type DateStyle = 'date' | 'dayMonth' | 'time' | 'dateTime' | 'weekdayDate' | 'weekdayDateTime';

export const localeOf = (language: FormatLanguage): string => LOCALES[language] ?? LOCALES.fi;

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(language: FormatLanguage, min: number, max: number): Intl.NumberFormat {
  const key = `${language}:${min}:${max}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    });
    numberFormats.set(key, format);
  }
  return format;
}

/** 1234.56 → "1 234,6" (up to `maxDigits` decimals, at least `minDigits`). */
export function formatNumber(value: number, language: FormatLanguage, maxDigits = 1, minDigits = 0): string {
  return numberFormat(language, minDigits, Math.max(minDigits, maxDigits)).format(value);
}

/** A ratio as a percentage: 0.583 → "58,3 %". */
export function formatRatio(ratio: number, language: FormatLanguage, maxDigits = 1): string {
  return formatPercent(ratio * 100, language, maxDigits);
}

/** A figure that is already a percentage: 58.3 → "58,3 %" (the space is a no-break space, as CLDR writes it). */
export function formatPercent(percent: number, language: FormatLanguage, maxDigits = 1): string {
  return `${formatNumber(percent, language, maxDigits)}\u00a0%`;
}

/** "+1,25", "−0,5", "0": the sign is part of the figure (`decimals`: always that many). */
export function formatSigned(value: number | null, language: FormatLanguage, decimals?: number): string {
  if (value === null) return '–';
  const text = formatNumber(Math.abs(value), language, decimals ?? 2, decimals ?? 0);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** A file size in kB or MB. */
export function formatFileSize(bytes: number, language: FormatLanguage): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), language)} kB`;
  return `${formatNumber(bytes / (1024 * 1024), language)} MB`;
}

interface Moment {
  year: number;
  month: number;
  day: number;
  /** null for a calendar day without a time (`2026-03-09`). */
  hour: number | null;
  minute: number;
  weekday: string;
}

const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const partFormats = new Map<FormatLanguage, Intl.DateTimeFormat>();

function momentOf(value: string | number | Date, language: FormatLanguage): Moment | null {
  const day = typeof value === 'string' ? DAY_ONLY.exec(value) : null;
  if (day) {
    // A calendar day is the same day everywhere: never shifted by a time zone.
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const weekday = new Intl.DateTimeFormat(localeOf(language), { weekday: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year, month - 1, date)),
    );
    return { year, month, day: date, hour: null, minute: 0, weekday };
  }
  const instant = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(instant.getTime())) return null;
  let format = partFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(language), {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      weekday: 'long',
      hourCycle: 'h23',
    });
    partFormats.set(language, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    year: Number(part('year')),
    month: Number(part('month')),
    day: Number(part('day')),
    hour: Number(part('hour')) % 24,
    minute: Number(part('minute')),
    weekday: part('weekday'),
  };
}

/** A date or moment in the reader's language; null for nothing (so that templates can write `?? '–'`). */
export function formatMoment(
  value: DateInput,
  language: FormatLanguage,
  style: DateStyle = 'date',
): string | null {
  if (value === null || value === undefined || value === '') return null;
  const m = momentOf(value, language);
  if (!m) return null;
  const date = `${m.day}.${m.month}.${m.year}`;
  const time = m.hour === null ? '' : `${TIME_WORD[language]} ${m.hour}.${String(m.minute).padStart(2, '0')}`;
  const withTime = (text: string) => (time ? `${text} ${time}` : text);
  switch (style) {
    case 'dayMonth':
      return `${m.day}.${m.month}.`;
    case 'time':
      return time || date;
    case 'dateTime':
      return withTime(date);
    case 'weekdayDate':
      return `${m.weekday} ${date}`;
    case 'weekdayDateTime':
      return withTime(`${m.weekday} ${date}`);
    default:
      return date;
  }
}

/** A `HH:mm` time of day as stored (a course's default workshop time): "09:00" → "klo 9.00". */
export function formatClock(clock: string, language: FormatLanguage): string {
  const match = /^(\d{1,2})[:.](\d{2})/.exec(clock);
  if (!match) return clock;
  return `${TIME_WORD[language]} ${Number(match[1])}.${match[2]}`;
}
