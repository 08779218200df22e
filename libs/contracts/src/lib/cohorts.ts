import type { ModuleResponse } from './courses';

export interface CohortResponse {
  id: string;
  courseId: string;
  courseVersion: number;
  courseTitle: string;
  name: string;
  startsOn: string;
  endsOn: string;
  capacity: number;
  seatsTaken: number;
  approvalRequired: boolean;
  enrollmentClosesAt: string | null;
  /** True while enrolments are taken: before `enrollmentClosesAt` (or the end date when unset). */
  enrollmentOpen: boolean;
  trainerIds: string[];
}

export interface CohortModuleResponse extends ModuleResponse {
  /** The date the module opens in this cohort; null when open from the start. */
  releasesOn: string | null;
}

export interface CohortDetailResponse extends CohortResponse {
  /** The summary of the course version the cohort runs. */
  courseSummary: string;
  modules: CohortModuleResponse[];
}

/** A workshop's time (and, when it differs from the course's, its place) in one cohort. */
export interface CohortWorkshopRequest {
  activityId: string;
  startsAt: string;
  /** Omitted or null: the place the course gives. */
  location?: string | null;
}

export interface CreateCohortRequest {
  courseId: string;
  name: string;
  startsOn: string;
  endsOn: string;
  capacity: number;
  approvalRequired: boolean;
  enrollmentClosesAt?: string;
  trainerIds?: string[];
  moduleReleases?: { moduleId: string; releasesOn: string }[];
  /** Workshops not listed meet when the course version says. */
  workshops?: CohortWorkshopRequest[];
}
