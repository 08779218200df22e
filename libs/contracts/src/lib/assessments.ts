import type { OrganizationKind, RegionCode } from './organizations';

/** A text in each of the app's languages. */
export interface LocalizedText {
  fi: string;
  sv: string;
  en: string;
}

/**
 * Which point of the cohort an assessment measures: the course version's first assessment activity (by activity
 * order) is `start`, every later one `end`; `follow_up` is answered about a year after the cohort ends (no activity:
 * the course is over), from 11 months after its end date until 15 months after it (see FOLLOW_UP_WINDOW).
 */
export type AssessmentPhase = 'start' | 'end' | 'follow_up';
/** The phases an assessment activity measures (the follow-up has no activity). */
export type ActivityPhase = Exclude<AssessmentPhase, 'follow_up'>;

/** The follow-up opens this many months after the cohort's end date and closes (exclusive) this many after it. */
export const FOLLOW_UP_WINDOW = { opensAfterMonths: 11, closesAfterMonths: 15 } as const;

/** The follow-up's answers and its window, Finnish calendar days. */
export interface FollowUpAnswers extends AssessmentPhaseAnswers {
  /** `YYYY-MM-DD`: the first day it may be answered (the cohort's end date + 11 months). */
  opensOn: string;
  /** `YYYY-MM-DD`: the last day it may be answered (the end date + 15 months − 1 day). */
  lastDay: string;
  /** The caller is the participant, the enrolment active or completed, and today is inside the window. */
  canAnswer: boolean;
}

export interface MaturityDimension {
  id: string;
  position: number;
  name: LocalizedText;
  /** Exactly five: the description of level 1, 2, 3, 4 and 5. */
  levels: LocalizedText[];
  /** Set when the dimension was removed from the model after it had answers (kept so past impact stays). */
  archivedAt: string | null;
}

export interface MaturityModelResponse {
  /** The current model, in order. */
  dimensions: MaturityDimension[];
  /** Dimensions removed after they had answers. */
  archived: MaturityDimension[];
}

export interface MaturityDimensionInput {
  /** An existing dimension to keep (its texts may change); leave out for a new one. */
  id?: string;
  name: LocalizedText;
  levels: LocalizedText[];
}

/** Replaces the current model, in order; a dimension left out is archived when it has answers, deleted otherwise. */
export interface UpdateMaturityModelRequest {
  dimensions: MaturityDimensionInput[];
}

export interface AssessmentAnswer {
  dimensionId: string;
  level: number;
}

export interface AssessmentPhaseAnswers {
  answers: AssessmentAnswer[];
  /** When the phase was first answered. */
  answeredAt: string | null;
  /** When it was last changed. */
  updatedAt: string | null;
}

export interface EnrollmentAssessmentsResponse {
  enrollmentId: string;
  cohortId: string;
  cohortName: string;
  /** The caller is the participant and may (still) answer the start and the end. */
  canAnswer: boolean;
  /** The assessment activities of the cohort's course version, each with the phase it measures. */
  activities: {
    activityId: string;
    title: string;
    phase: ActivityPhase;
    released: boolean;
    completed: boolean;
  }[];
  /** The current model, and any archived dimension this enrolment answered. */
  dimensions: MaturityDimension[];
  start: AssessmentPhaseAnswers;
  end: AssessmentPhaseAnswers;
  followUp: FollowUpAnswers;
}

export interface SaveAssessmentRequest {
  answers: AssessmentAnswer[];
}

export const IMPACT_GROUPS = ['dimension', 'organization', 'cohort', 'region', 'participant'] as const;
export type ImpactGroup = (typeof IMPACT_GROUPS)[number];

export interface ImpactQuery {
  group?: ImpactGroup;
  cohortId?: string;
  organizationId?: string;
  region?: RegionCode;
}

/**
 * One group's impact. Averages are over participant × dimension pairs answered at both the start and the end,
 * rounded to 2 decimals (null when there are none).
 */
export interface ImpactRow {
  /** The dimension's, organisation's, cohort's or enrolment's id, or the region code; null: no organisation. */
  key: string | null;
  /** The dimension's name in the caller's language, the organisation's or cohort's name, region code, person. */
  label: string;
  /** Participants (enrolments) with both a start and an end answer. */
  n: number;
  averageStart: number | null;
  averageEnd: number | null;
  averageChange: number | null;
  /** Participants who answered the start but not (yet) the end. */
  startOnly: number;
  /** Participants with both a start and a follow-up answer (whether or not they answered the end). */
  followUpN: number;
  /** Over participant × dimension pairs answered at both the start and the follow-up, 2 decimals. */
  averageFollowUp: number | null;
  /** Follow-up − start over the same pairs. */
  averageFollowUpChange: number | null;
}

export interface ImpactReportResponse {
  group: ImpactGroup;
  rows: ImpactRow[];
  /** Always by dimension (for the before/after chart), under the same filters. */
  dimensions: ImpactRow[];
}

/** Fewer other organisations than this and a peer average is not shown (no organisation's figures can be read). */
export const BENCHMARK_MIN_PEERS = 5;

export interface BenchmarkDimension {
  dimensionId: string;
  name: LocalizedText;
  /** The enrolment's organisation: the average of its people's latest answers (end, else start). */
  own: number | null;
  /** The average over other organisations of the same kind (each organisation once); null below five of them. */
  sameKind: number | null;
  /** The average over all other organisations; null below five of them. */
  all: number | null;
}

/** An organisation's maturity per dimension beside comparable organisations' (API notes: "peer benchmark"). */
export interface AssessmentBenchmarkResponse {
  enrollmentId: string;
  organizationId: string | null;
  organizationKind: OrganizationKind | null;
  /** Other organisations of the same kind, and all other organisations, whose people answered. */
  sameKindOrganizations: number;
  allOrganizations: number;
  minimumPeers: number;
  dimensions: BenchmarkDimension[];
}
