import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ActivityProgressResponse,
  AtRiskParticipant,
  CohortDetailResponse,
  CohortResponse,
  ListResponse,
  ProgressGridResponse,
} from '@keino/contracts';

/** HTTP only: the trainer's cohorts, their progress grid, the at-risk list, workshop attendance. */
@Injectable({ providedIn: 'root' })
export class TeachingApi {
  private readonly http = inject(HttpClient);

  myCohorts(offset = 0, limit = 200) {
    return this.http.get<ListResponse<CohortResponse>>('/api/cohorts', {
      params: { scope: 'mine', offset, limit },
    });
  }

  cohort(cohortId: string) {
    return this.http.get<CohortDetailResponse>(`/api/cohorts/${cohortId}`);
  }

  grid(cohortId: string) {
    return this.http.get<ProgressGridResponse>(`/api/cohorts/${cohortId}/progress-grid`);
  }

  atRisk(cohortId: string) {
    return this.http.get<AtRiskParticipant[]>(`/api/cohorts/${cohortId}/at-risk`);
  }

  recordAttendance(enrollmentId: string, activityId: string) {
    return this.http.put<ActivityProgressResponse>(
      `/api/enrollments/${enrollmentId}/progress/${activityId}`,
      {
        state: 'completed',
      },
    );
  }
}
