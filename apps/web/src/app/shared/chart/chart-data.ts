import type {
  CohortReportResponse,
  CohortTimelineResponse,
  EnrollmentStatus,
  ProgrammeOverviewResponse,
} from '@keino/contracts';

import { type FormatLanguage, formatMoment, formatNumber, formatPercent } from '../../core/i18n/local-format';

/**
 * What a chart shows, in the shape of its data table: one row per category (a bar, or a point in time) and one
 * column per series. The chart and its table alternative are both drawn from this, so they cannot disagree.
 */
export interface ChartTable {
  /** Heading of the first column (the categories). */
  rowHeader: string;
  rows: string[];
  series: ChartSeries[];
}

export interface ChartSeries {
  label: string;
  values: number[];
  /** `percent`: 0–100. */
  unit: 'count' | 'percent';
  /** A second y axis on the right, for a series of another magnitude. */
  secondAxis?: boolean;
}

/** Looks a key up in the active language (transloco's `translate`). */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Enrolment states in the order people go through them. */
const STATUS_ORDER: EnrollmentStatus[] = ['pending', 'waitlisted', 'active', 'completed', 'withdrawn'];

const toPercent = (rate: number) => Math.round(rate * 1000) / 10;

/** `2026-03-09` as `9.3.2026`: the app's date format in every language. */
export function shortDate(iso: string): string {
  return formatMoment(iso, 'fi') ?? iso;
}

export function moduleTable(report: CohortReportResponse, t: Translate): ChartTable {
  return {
    rowHeader: t('admin.module'),
    rows: report.modules.map((m) => m.title),
    series: [
      {
        label: t('admin.rate'),
        unit: 'percent',
        values: report.modules.map((m) => toPercent(m.completionRate)),
      },
    ],
  };
}

export function organizationTable(report: CohortReportResponse, t: Translate): ChartTable {
  return {
    rowHeader: t('admin.organization'),
    rows: report.organizations.map((o) => o.name || t('admin.noOrganization')),
    series: [
      {
        label: t('admin.average'),
        unit: 'percent',
        values: report.organizations.map((o) => o.averagePercent),
      },
    ],
  };
}

export function statusTable(timeline: CohortTimelineResponse, t: Translate): ChartTable {
  return {
    rowHeader: t('charts.status'),
    rows: STATUS_ORDER.map((s) => t(`status.${s}`)),
    series: [
      { label: t('charts.enrolments'), unit: 'count', values: STATUS_ORDER.map((s) => timeline.statuses[s]) },
    ],
  };
}

export function timelineTable(timeline: CohortTimelineResponse, t: Translate): ChartTable {
  return {
    rowHeader: t(timeline.interval === 'week' ? 'charts.weekOf' : 'charts.day'),
    rows: timeline.points.map((p) => shortDate(p.date)),
    series: [
      {
        label: t('charts.completedActivities'),
        unit: 'count',
        values: timeline.points.map((p) => p.completedActivities),
      },
      {
        label: t('charts.completedEnrolments'),
        unit: 'count',
        values: timeline.points.map((p) => p.completedEnrollments),
        secondAxis: true,
      },
    ],
  };
}

export function regionTable(overview: ProgrammeOverviewResponse, t: Translate): ChartTable {
  return {
    rowHeader: t('overview.region'),
    rows: overview.regions.map((r) => (r.region ? t(`regions.${r.region}`) : t('overview.noRegion'))),
    series: [
      {
        label: t('overview.participants'),
        unit: 'count',
        values: overview.regions.map((r) => r.participants),
      },
      { label: t('overview.completed'), unit: 'count', values: overview.regions.map((r) => r.completed) },
    ],
  };
}

/** A value as the table shows it: a locale's digits, and ` %` for percents. */
export function formatValue(value: number, unit: ChartSeries['unit'], language: FormatLanguage): string {
  return unit === 'percent' ? formatPercent(value, language) : formatNumber(value, language);
}

/**
 * Series colours: 11.6:1 and 3.7:1 against white, 3.2:1 against each other (WCAG 1.4.11 asks 3:1); the second
 * series is also drawn dashed with square points, so lines differ by more than colour. A third (the impact's follow-up)
 * is green, 5.1:1 against white: no third colour can be 3:1 from both others and from white, so its bars stand in a
 * fixed order with a legend, and the table beside every chart gives the figures.
 */
export const SERIES_STYLES = [
  { color: '#083a66', dash: [] as number[], point: 'circle' as const },
  { color: '#d06a00', dash: [6, 4], point: 'rect' as const },
  { color: '#2e7d32', dash: [2, 3], point: 'triangle' as const },
];

/** Chart.js data of a table: labels from the rows, one dataset per series. */
export function toChartData(table: ChartTable, type: 'bar' | 'line') {
  return {
    labels: table.rows,
    datasets: table.series.map((s, i) => {
      const style = SERIES_STYLES[i % SERIES_STYLES.length];
      return {
        label: s.label,
        data: s.values,
        yAxisID: s.secondAxis ? 'y1' : 'y',
        backgroundColor: style.color,
        borderColor: style.color,
        ...(type === 'line'
          ? { borderDash: style.dash, pointStyle: style.point, pointRadius: 3, borderWidth: 2, tension: 0 }
          : {}),
      };
    }),
  };
}
