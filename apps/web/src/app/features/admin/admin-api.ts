import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CohortDetailResponse,
  CohortReportResponse,
  CohortResponse,
  CohortTimelineResponse,
  EnrollmentResponse,
  EnrollmentStatus,
  ListResponse,
  ProgrammeOverviewResponse,
} from '@keino/contracts';

/** HTTP only: cohorts, their enrolments and reports, for programme staff. */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);

  cohorts(offset: number, limit: number) {
    return this.http.get<ListResponse<CohortResponse>>('/api/cohorts', { params: { offset, limit } });
  }

  cohort(id: string) {
    return this.http.get<CohortDetailResponse>(`/api/cohorts/${id}`);
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
}
