import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CohortResponse,
  EnrollmentResponse,
  ListResponse,
  MyEnrollmentResponse,
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

  enrol(cohortId: string) {
    return this.http.post<EnrollmentResponse>(`/api/cohorts/${cohortId}/enrollments`, {});
  }
}
