import type {
  CohortReportResponse,
  CohortTimelineResponse,
  ProgrammeOverviewResponse,
} from '@keino/contracts';

import {
  formatValue,
  moduleTable,
  organizationTable,
  regionTable,
  SERIES_STYLES,
  shortDate,
  statusTable,
  timelineTable,
  toChartData,
  type Translate,
} from './chart-data';

// Keys come back as they are, with parameters, so the tests see which text each cell asks for.
const t: Translate = (key) => key;

const report: CohortReportResponse = {
  cohortId: 'c1',
  enrolled: 4,
  completed: 1,
  completionRate: 0.25,
  participants: [],
  modules: [
    { moduleId: 'm1', title: 'Moduuli 1', completionRate: 0.5 },
    { moduleId: 'm2', title: 'Moduuli 2', completionRate: 0.3333 },
  ],
  organizations: [
    { organizationId: 'o1', name: 'Tampere', participants: 2, averagePercent: 66.7, managementReview: null },
    { organizationId: null, name: '', participants: 1, averagePercent: 0, managementReview: null },
  ],
};

const timeline: CohortTimelineResponse = {
  cohortId: 'c1',
  statuses: { pending: 2, active: 3, waitlisted: 1, withdrawn: 4, completed: 5 },
  interval: 'week',
  points: [
    { date: '2026-01-12', completedActivities: 0, completedEnrollments: 0 },
    { date: '2026-01-19', completedActivities: 7, completedEnrollments: 1 },
  ],
};

describe('chart tables', () => {
  it('gives module completion rates as percents', () => {
    expect(moduleTable(report, t)).toEqual({
      rowHeader: 'admin.module',
      rows: ['Moduuli 1', 'Moduuli 2'],
      series: [{ label: 'admin.rate', unit: 'percent', values: [50, 33.3] }],
    });
  });

  it('names participants without an organisation', () => {
    const table = organizationTable(report, t);
    expect(table.rows).toEqual(['Tampere', 'admin.noOrganization']);
    expect(table.series[0].values).toEqual([66.7, 0]);
  });

  it('counts enrolment states in the order people go through them', () => {
    const table = statusTable(timeline, t);
    expect(table.rows).toEqual([
      'status.pending',
      'status.waitlisted',
      'status.active',
      'status.completed',
      'status.withdrawn',
    ]);
    expect(table.series[0].values).toEqual([2, 1, 3, 5, 4]);
  });

  it('puts completed enrolments on a second axis and names weeks by their first day', () => {
    const table = timelineTable(timeline, t);
    expect(table.rowHeader).toBe('charts.weekOf');
    expect(table.rows).toEqual(['12.1.2026', '19.1.2026']);
    expect(table.series.map((s) => [s.values, s.secondAxis ?? false])).toEqual([
      [[0, 7], false],
      [[0, 1], true],
    ]);
    expect(timelineTable({ ...timeline, interval: 'day' }, t).rowHeader).toBe('charts.day');
  });

  it('names regions by code and participants without one', () => {
    const overview: ProgrammeOverviewResponse = {
      totals: { cohorts: 1, enrolled: 5, active: 4, completed: 1, completionRate: 0.2, averagePercent: 40 },
      cohorts: [],
      regions: [
        { region: '06', participants: 4, completed: 1, completionRate: 0.25 },
        { region: null, participants: 1, completed: 0, completionRate: 0 },
      ],
    };
    const table = regionTable(overview, t);
    expect(table.rows).toEqual(['regions.06', 'overview.noRegion']);
    expect(table.series.map((s) => s.values)).toEqual([
      [4, 1],
      [1, 0],
    ]);
  });
});

describe('chart values and data', () => {
  it('formats numbers in the language and percents with a space', () => {
    expect(formatValue(33.3, 'percent', 'fi')).toBe('33,3\u00a0%');
    expect(formatValue(1234, 'count', 'en')).toBe('1\u00a0234');
    expect(shortDate('2026-03-09')).toBe('9.3.2026');
  });

  it('draws one dataset per series, the second dashed on its own axis', () => {
    const data = toChartData(timelineTable(timeline, t), 'line');
    expect(data.labels).toEqual(['12.1.2026', '19.1.2026']);
    expect(data.datasets).toHaveLength(2);
    expect(data.datasets[0]).toMatchObject({ data: [0, 7], yAxisID: 'y', borderDash: [] });
    expect(data.datasets[1]).toMatchObject({
      data: [0, 1],
      yAxisID: 'y1',
      borderColor: SERIES_STYLES[1].color,
      borderDash: [6, 4],
      pointStyle: 'rect',
    });
    expect(toChartData(moduleTable(report, t), 'bar').datasets[0]).not.toHaveProperty('borderDash');
  });
});
