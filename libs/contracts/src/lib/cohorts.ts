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
  /** Where the cohort meets when a workshop names no place of its own; null: the course's place. */
  place: string | null;
  /** The cohort's online meeting link (http or https), if it has one. */
  onlineUrl: string | null;
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
  /**
   * Workshops not listed meet when the course version says, which must then fall within the cohort's dates
   * (`WORKSHOP_DATE_REQUIRED` otherwise): a new cohort never inherits another year's dates without a word.
   */
  workshops?: CohortWorkshopRequest[];
  /** Omitted or null: the course's place. */
  place?: string | null;
  /** Omitted or null: no online link. */
  onlineUrl?: string | null;
  /** Another cohort has the same name: create it anyway (`COHORT_NAME_TAKEN` otherwise). */
  allowDuplicateName?: boolean;
}

/** `PATCH /api/cohorts/:id`: a field left out stays as it is; `null` clears `place` or `onlineUrl`. */
export type UpdateCohortRequest = Partial<Omit<CreateCohortRequest, 'courseId'>>;
