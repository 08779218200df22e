import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AuditAction,
  AuditEventResponse,
  CohortDetailResponse,
  CohortReportResponse,
  CohortResponse,
  CohortTimelineResponse,
  CourseResponse,
  CourseVersionDetailResponse,
  CreateCohortRequest,
  UpdateCohortRequest,
  CreateOrganizationRequest,
  EnrollmentResponse,
  EnrollmentStatus,
  ListResponse,
  OrganizationKind,
  OrganizationResponse,
  ProgrammeOverviewResponse,
  RegionCode,
  Role,
  UpdateUserRequest,
  UserResponse,
} from '@keino/contracts';
import { expand, map, Observable, of, reduce } from 'rxjs';

export interface OrganizationFilter {
  region?: RegionCode | '';
  kind?: OrganizationKind | '';
  q?: string;
}

export interface UserFilter {
  role?: Role | '';
  organizationId?: string;
  q?: string;
}

const MAX_LIMIT = 200;

/** Query parameters without the empty filters, so that "any" sends nothing. */
function params(values: Record<string, string | number | undefined>): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string | number] => {
      const value = entry[1];
      return value !== undefined && value !== '';
    }),
  );
}

/** HTTP only: cohorts, their enrolments and reports, organisations, users and the audit log, for programme staff. */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);

  cohorts(offset: number, limit: number) {
    return this.http.get<ListResponse<CohortResponse>>('/api/cohorts', { params: { offset, limit } });
  }

  cohort(id: string) {
    return this.http.get<CohortDetailResponse>(`/api/cohorts/${id}`);
  }

  createCohort(body: CreateCohortRequest) {
    return this.http.post<CohortResponse>('/api/cohorts', body);
  }

  updateCohort(id: string, body: UpdateCohortRequest) {
    return this.http.patch<CohortResponse>(`/api/cohorts/${id}`, body);
  }

  enrollments(cohortId: string, status: EnrollmentStatus) {
    return this.http.get<ListResponse<EnrollmentResponse>>(`/api/cohorts/${cohortId}/enrollments`, {
      params: { status, limit: 200 },
    });
  }

  approve(enrollmentId: string) {
    return this.http.patch<EnrollmentResponse>(`/api/enrollments/${enrollmentId}`, { status: 'active' });
  }

  report(cohortId: string) {
    return this.http.get<CohortReportResponse>(`/api/cohorts/${cohortId}/report`);
  }

  timeline(cohortId: string) {
    return this.http.get<CohortTimelineResponse>(`/api/cohorts/${cohortId}/report/timeline`);
  }

  programme() {
    return this.http.get<ProgrammeOverviewResponse>('/api/reports/programme');
  }

  exportProgramme() {
    return this.http.get('/api/reports/programme.csv', { responseType: 'blob' });
  }

  export(cohortId: string, format: 'csv' | 'xlsx') {
    return this.http.get(`/api/cohorts/${cohortId}/report.${format}`, { responseType: 'blob' });
  }

  /** Courses with at least one published version: a cohort runs on the latest. */
  publishedCourses(): Observable<CourseResponse[]> {
    return this.everything<CourseResponse>('/api/courses', {}).pipe(
      map((courses) => courses.filter((c) => c.latestVersion !== null)),
    );
  }

  courseVersion(courseId: string, version: number) {
    return this.http.get<CourseVersionDetailResponse>(`/api/courses/${courseId}/versions/${version}`);
  }

  organizations(filter: OrganizationFilter, offset: number, limit: number) {
    return this.http.get<ListResponse<OrganizationResponse>>('/api/organizations', {
      params: params({ ...filter, offset, limit }),
    });
  }

  /** Every organisation, for choosers: page after page until the total is reached. */
  allOrganizations(): Observable<OrganizationResponse[]> {
    return this.everything<OrganizationResponse>('/api/organizations', {});
  }

  createOrganization(body: CreateOrganizationRequest) {
    return this.http.post<OrganizationResponse>('/api/organizations', body);
  }

  users(filter: UserFilter, offset: number, limit: number) {
    return this.http.get<ListResponse<UserResponse>>('/api/users', {
      params: params({ ...filter, offset, limit }),
    });
  }

  /** Every trainer, to choose a cohort's trainers from. */
  trainers(): Observable<UserResponse[]> {
    return this.everything<UserResponse>('/api/users', { role: 'trainer' });
  }

  updateUser(id: string, body: UpdateUserRequest) {
    return this.http.patch<UserResponse>(`/api/users/${id}`, body);
  }

  /** Erases the person; their anonymised enrolments stay in the statistics. */
  eraseUser(id: string) {
    return this.http.delete<void>(`/api/users/${id}`);
  }

  auditEvents(action: AuditAction | '', offset: number, limit: number) {
    return this.http.get<ListResponse<AuditEventResponse>>('/api/audit-events', {
      params: params({ action, offset, limit }),
    });
  }

  private everything<T>(url: string, filter: Record<string, string>): Observable<T[]> {
    const page = (offset: number) =>
      this.http
        .get<ListResponse<T>>(url, { params: { ...filter, offset, limit: MAX_LIMIT } })
        .pipe(map((list) => ({ list, offset })));
    return page(0).pipe(
      expand(({ list, offset }) =>
        offset + MAX_LIMIT < list.total && list.items.length > 0 ? page(offset + MAX_LIMIT) : of(),
      ),
      reduce((all, { list }) => all.concat(list.items), [] as T[]),
    );
  }
}
