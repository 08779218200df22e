import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { map } from 'rxjs';
import type {
  ActivityProgressResponse,
  CertificateResponse,
  CohortDetailResponse,
  CohortResponse,
  EnrollmentResponse,
  ListResponse,
  MyEnrollmentResponse,
  MyOverviewResponse,
  ProgressResponse,
} from '@keino/contracts';

/** HTTP only: the caller's enrolments and overview, open cohorts, enrolment and withdrawal. */
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

  /** Withdraws the caller's own enrolment; an active seat goes to the first on the waitlist. */
  withdraw(enrollmentId: string) {
    return this.http.patch<EnrollmentResponse>(`/api/enrollments/${enrollmentId}`, { status: 'withdrawn' });
  }

  overview() {
    return this.http.get<MyOverviewResponse>('/api/me/overview');
  }

  /** Every certificate of the caller (a person holds a handful; 200 is the list's most). */
  certificates() {
    return this.http
      .get<ListResponse<CertificateResponse>>('/api/me/certificates', { params: { limit: 200 } })
      .pipe(map((page) => page.items));
  }

  certificatePdf(code: string) {
    return this.http.get(`/api/certificates/${encodeURIComponent(code)}/pdf`, { responseType: 'blob' });
  }
}
