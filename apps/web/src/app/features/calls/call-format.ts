import type { ApplicationSummary, OrganizationKind, RegionCode } from '@keino/contracts';

import type { ChartTable, Translate } from '../../shared/chart/chart-data';

/** An instant as people in Finland read it, in Finnish time whatever the browser's zone: `12.1.2027 klo 16.00`. */
export function finnishDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(`${language}-FI`, {
    timeZone: 'Europe/Helsinki',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** A score 0–5 with two decimals in the language's way (`3,50` / `3.50`); a dash without one. */
export function formatScore(score: number | null | undefined, language: string): string {
  if (score === null || score === undefined) return '–';
  // English in Finland writes a decimal comma; the English texts take the point.
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : `${language}-FI`, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(score);
}

/**
 * How the accepted applications spread over regions and kinds of organisation, with the submitted ones beside them:
 * the chart and its table, before the admins decide the rest.
 */
export function spreadTable(items: ApplicationSummary[], by: 'region' | 'kind', t: Translate): ChartTable {
  const keyOf = (a: ApplicationSummary) => (by === 'region' ? a.region : a.organizationKind);
  const candidates = items.filter((a) => a.status !== 'draft');
  const keys = [...new Set(candidates.map(keyOf))].sort();
  const count = (key: string, accepted: boolean) =>
    candidates.filter((a) => keyOf(a) === key && (!accepted || a.status === 'accepted')).length;
  return {
    rowHeader: t(by === 'region' ? 'calls.admin.region' : 'calls.admin.kind'),
    rows: keys.map((k) =>
      t(by === 'region' ? `regions.${k as RegionCode}` : `kinds.${k as OrganizationKind}`),
    ),
    series: [
      { label: t('calls.admin.accepted'), values: keys.map((k) => count(k, true)), unit: 'count' },
      { label: t('calls.admin.submittedAll'), values: keys.map((k) => count(k, false)), unit: 'count' },
    ],
  };
}
