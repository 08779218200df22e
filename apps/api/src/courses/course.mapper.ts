import type {
  ActivityKind,
  ActivityResponse,
  CourseResponse,
  Locale,
  ModuleResponse,
} from '@keino/contracts';

export interface CourseRow {
  id: string;
  title: string;
  summary: string;
  language: Locale;
  latest_version: number | null;
  trainer_ids: string[];
  created_at: Date;
  updated_at: Date;
}

export interface ModuleRow {
  id: string;
  title: string;
  summary: string;
  position: number;
}

export interface ActivityRow {
  id: string;
  module_id: string;
  kind: ActivityKind;
  title: string;
  required: boolean;
  content: string;
  url: string | null;
  starts_at: Date | null;
  location: string | null;
  position: number;
}

export function toCourseResponse(row: CourseRow): CourseResponse {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    language: row.language,
    status: row.latest_version === null ? 'draft' : 'published',
    latestVersion: row.latest_version,
    trainerIds: row.trainer_ids ?? [],
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toActivityResponse(row: ActivityRow): ActivityResponse {
  return {
    id: row.id,
    moduleId: row.module_id,
    kind: row.kind,
    title: row.title,
    required: row.required,
    content: row.content,
    url: row.url,
    startsAt: row.starts_at ? row.starts_at.toISOString() : null,
    location: row.location,
    position: row.position,
  };
}

/** Modules in order, each with its activities in order. */
export function toModuleResponses(modules: ModuleRow[], activities: ActivityRow[]): ModuleResponse[] {
  return modules.map((m) => ({
    id: m.id,
    title: m.title,
    summary: m.summary,
    position: m.position,
    activities: activities.filter((a) => a.module_id === m.id).map(toActivityResponse),
  }));
}
