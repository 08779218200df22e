export const PROGRESS_STATES = ['in_progress', 'completed'] as const;
export type ProgressState = (typeof PROGRESS_STATES)[number];

export interface ActivityProgressResponse {
  activityId: string;
  state: ProgressState;
  completedAt: string | null;
}

export interface ProgressResponse {
  completedRequired: number;
  totalRequired: number;
  percent: number;
  completedAt: string | null;
  activities: ActivityProgressResponse[];
  /** The required activities still missing, so the participant sees why the cohort is not complete. */
  missing: { activityId: string; moduleId: string; title: string }[];
}

export interface UpdateProgressRequest {
  state: ProgressState;
}
