import { readdirSync, readFileSync } from 'node:fs';

import { AT_RISK_SQL } from './at-risk.query';
import { COHORT_REPORT_SQL } from './cohort-report.query';
import { PROGRAMME_COHORTS_SQL, PROGRAMME_REGIONS_SQL } from './programme.query';
import { ACTIVITY_COLUMNS_SQL, PROGRESS_MATRIX_SQL } from './progress-matrix.query';
import { CALLER_REGIONS_SQL, COHORT_ACCESS_SQL } from './report-access.query';
import { REPORT_SCOPE } from './report-scope';
import { sqlOf } from './sql-of';
import { STATUS_COUNTS_SQL, TIMELINE_SQL } from './timeline.query';

/** Every query the reports run, by the file its SQL is read from. */
const QUERIES: Record<string, string> = {
  'activity-columns': ACTIVITY_COLUMNS_SQL,
  'at-risk': AT_RISK_SQL,
  'caller-regions': CALLER_REGIONS_SQL,
  'cohort-access': COHORT_ACCESS_SQL,
  'cohort-report': COHORT_REPORT_SQL,
  'programme-cohorts': PROGRAMME_COHORTS_SQL,
  'programme-regions': PROGRAMME_REGIONS_SQL,
  'progress-matrix': PROGRESS_MATRIX_SQL,
  'status-counts': STATUS_COUNTS_SQL,
  timeline: TIMELINE_SQL,
};
/** Files that are parts of other queries, not queries of their own. */
const PARTS = ['programme-participants', 'report-scope'];

describe('report SQL files', () => {
  it('are each a query the reports run or a part of one, and no .sql file lies unused', () => {
    const files = readdirSync(__dirname)
      .filter((f) => f.endsWith('.sql'))
      .map((f) => f.slice(0, -4));
    expect(files.sort()).toEqual([...Object.keys(QUERIES), ...PARTS].sort());
  });

  it.each(Object.keys(QUERIES))('%s.sql runs with its parts filled in', (name) => {
    const text = QUERIES[name];
    expect(text).not.toMatch(/\{\{/);
    expect(text.startsWith(readFileSync(`${__dirname}/${name}.sql`, 'utf8').split('{{')[0].trimEnd())).toBe(
      true,
    );
  });

  it('puts the report scope inside the queries that count the report’s participants', () => {
    for (const query of [AT_RISK_SQL, COHORT_REPORT_SQL, PROGRESS_MATRIX_SQL])
      expect(query).toContain(REPORT_SCOPE);
  });

  it('refuses a part it was not given', () => {
    expect(() => sqlOf('SELECT * FROM ({{missing}}) s')).toThrow('No part "missing"');
    expect(sqlOf('SELECT {{a}}, {{a}}\n', { a: '1' })).toBe('SELECT 1, 1');
  });
});
