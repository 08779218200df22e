import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ActivityProgressResponse,
  CertificateResponse,
  CohortDetailResponse,
  CohortResponse,
  EnrollmentResponse,
  ListResponse,
  MyEnrollmentResponse,
  ProgressResponse,
} from '@keino/contracts';

/** HTTP only: the caller's enrolments, open cohorts, enrolment. */
@Injectable({ providedIn: 'root' })
export class LearningApi {
  private readonly http = inject(HttpClient);

  myEnrollments() {
    return this.http.get<ListResponse<MyEnrollmentResponse>>('/api/me/enrollments', {
      params: { limit: 200 },
    });
  }

  openCohorts(offset: number, limit: number) {
    return this.http.get<ListResponse<CohortResponse>>('/api/cohorts', {
      params: { scope: 'open', offset, limit },
    });
  }

  cohort(id: string) {
    return this.http.get<CohortDetailResponse>(`/api/cohorts/${id}`);
  }

  progress(enrollmentId: string) {
    return this.http.get<ProgressResponse>(`/api/enrollments/${enrollmentId}/progress`);
  }

  markDone(enrollmentId: string, activityId: string) {
    return this.http.put<ActivityProgressResponse>(
      `/api/enrollments/${enrollmentId}/progress/${activityId}`,
      {
        state: 'completed',
      },
    );
  }

  enrol(cohortId: string) {
    return this.http.post<EnrollmentResponse>(`/api/cohorts/${cohortId}/enrollments`, {});
  }

  certificates() {
    return this.http.get<CertificateResponse[]>('/api/me/certificates');
  }

  certificatePdf(code: string) {
    return this.http.get(`/api/certificates/${encodeURIComponent(code)}/pdf`, { responseType: 'blob' });
  }
}
