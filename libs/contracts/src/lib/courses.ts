import type { Locale } from './roles';

export const ACTIVITY_KINDS = ['page', 'link', 'workshop', 'assignment', 'assessment'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export type CourseStatus = 'draft' | 'published';

export interface ActivityResponse {
  id: string;
  moduleId: string;
  kind: ActivityKind;
  title: string;
  required: boolean;
  /** Sanitised HTML for pages; plain text otherwise. */
  content: string;
  url: string | null;
  startsAt: string | null;
  location: string | null;
  position: number;
}

export interface ModuleResponse {
  id: string;
  title: string;
  summary: string;
  position: number;
  activities: ActivityResponse[];
}

export interface CourseResponse {
  id: string;
  title: string;
  summary: string;
  language: Locale;
  /** `draft` until the first publication; the draft stays editable afterwards. */
  status: CourseStatus;
  latestVersion: number | null;
  trainerIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface CourseDetailResponse extends CourseResponse {
  modules: ModuleResponse[];
}

export interface CourseVersionResponse {
  version: number;
  publishedAt: string;
}

/** One published version with the modules and activities it froze (what a new cohort of it will run). */
export interface CourseVersionDetailResponse extends CourseVersionResponse {
  courseId: string;
  modules: ModuleResponse[];
}

/** One row of `GET /api/courses/:id/versions`. */
export interface CourseVersionListItem extends CourseVersionResponse {
  /** Full name of who published it; null once that account is erased. */
  publishedBy: string | null;
}

/** `mine`: the courses the caller edits (every course for admins); `all` (default): every course they see. */
export type CourseListScope = 'mine' | 'all';

export interface CreateCourseRequest {
  title: string;
  summary: string;
  language: Locale;
}

export interface CreateModuleRequest {
  title: string;
  summary?: string;
  position?: number;
}

export interface CreateActivityRequest {
  kind: ActivityKind;
  title: string;
  required: boolean;
  content?: string;
  url?: string;
  position?: number;
  startsAt?: string;
  location?: string;
}

/** `PATCH /api/activities/:id`: a field left out stays as it is; `null` clears `url`, `startsAt` or `location`. */
export interface UpdateActivityRequest {
  title?: string;
  required?: boolean;
  content?: string;
  url?: string | null;
  startsAt?: string | null;
  location?: string | null;
}

export interface ReorderRequest {
  /** Every ID of the list, in the new order. */
  ids: string[];
}
