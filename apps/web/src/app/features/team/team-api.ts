import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { EnrollmentResponse, ListResponse, MyEnrollmentResponse, UserResponse } from '@keino/contracts';

/** HTTP only: an organisation's team, its people, and enrolling one of them. */
@Injectable({ providedIn: 'root' })
export class TeamApi {
  private readonly http = inject(HttpClient);

  enrollments(organizationId: string) {
    return this.http.get<ListResponse<MyEnrollmentResponse>>(
      `/api/organizations/${organizationId}/enrollments`,
      {
        params: { limit: 200 },
      },
    );
  }

  members(organizationId: string, q: string) {
    return this.http.get<ListResponse<UserResponse>>(`/api/organizations/${organizationId}/members`, {
      params: q ? { q } : {},
    });
  }

  enrol(cohortId: string, userId: string) {
    return this.http.post<EnrollmentResponse>(`/api/cohorts/${cohortId}/enrollments`, { userId });
  }
}
