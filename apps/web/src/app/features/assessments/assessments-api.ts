import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AssessmentAnswer,
  EnrollmentAssessmentsResponse,
  ImpactQuery,
  ImpactReportResponse,
  MaturityModelResponse,
  UpdateMaturityModelRequest,
} from '@keino/contracts';

/** Query parameters without the empty filters. */
export function impactParams(query: ImpactQuery): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== '')) as Record<
    string,
    string
  >;
}

/** HTTP only: the maturity model, a participant's answers and the impact report. */
@Injectable({ providedIn: 'root' })
export class AssessmentsApi {
  private readonly http = inject(HttpClient);

  model() {
    return this.http.get<MaturityModelResponse>('/api/maturity-model');
  }

  saveModel(body: UpdateMaturityModelRequest) {
    return this.http.put<MaturityModelResponse>('/api/maturity-model', body);
  }

  forEnrollment(enrollmentId: string) {
    return this.http.get<EnrollmentAssessmentsResponse>(`/api/enrollments/${enrollmentId}/assessments`);
  }

  answer(enrollmentId: string, activityId: string, answers: AssessmentAnswer[]) {
    return this.http.put<EnrollmentAssessmentsResponse>(
      `/api/enrollments/${enrollmentId}/assessments/${activityId}`,
      { answers },
    );
  }

  /** The follow-up a year on: inside its window only (409 FOLLOW_UP_NOT_OPEN / FOLLOW_UP_CLOSED otherwise). */
  answerFollowUp(enrollmentId: string, answers: AssessmentAnswer[]) {
    return this.http.put<EnrollmentAssessmentsResponse>(
      `/api/enrollments/${enrollmentId}/assessments/follow-up`,
      { answers },
    );
  }

  impact(query: ImpactQuery) {
    return this.http.get<ImpactReportResponse>('/api/reports/impact', { params: impactParams(query) });
  }

  exportImpact(query: ImpactQuery) {
    return this.http.get('/api/reports/impact.csv', { params: impactParams(query), responseType: 'blob' });
  }
}
