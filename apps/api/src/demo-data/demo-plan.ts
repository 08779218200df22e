import type { CohortResponse } from '@keino/contracts';

// The demo's shape: its people by role and its three cohorts, relative to today.

/** The demo's people by what they do in it. */
export interface DemoPeople {
  byEmail: Record<string, string>;
  manager: string;
  coordinator: string;
  trainers: string[];
  generated: string[];
}

/** A cohort of the demo: its days (from today) and its size. */
export interface CohortPlan {
  name: string;
  start: number;
  end: number;
  /** Enrolment closes at the end of this day. */
  closes: number;
  capacity: number;
}

/** Finished, running (started 90 days ago: the course's workshop times are its own), open for enrolment. */
export const DEMO_COHORTS: Record<'finished' | 'running' | 'open', CohortPlan> = {
  // Ended 345 days ago: its follow-up a year on is open (from 11 months after the end), and most have answered it.
  finished: { name: 'KEINO-akatemia 2025–2026', start: -585, end: -345, closes: -595, capacity: 25 },
  running: { name: 'KEINO-akatemia 2026–2027', start: -90, end: 120, closes: -95, capacity: 30 },
  open: { name: 'KEINO-akatemia 2027, kevät', start: 60, end: 240, closes: 45, capacity: 24 },
};

/** A cohort of the demo: when it starts (days from today) and its row. */
export interface DemoCohort {
  start: number;
  cohort: CohortResponse;
}
