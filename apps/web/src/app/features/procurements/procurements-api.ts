import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CaseResponse,
  CreateIndicatorRequest,
  CreateMeasurementRequest,
  CreateProcurementRequest,
  IndicatorResponse,
  InnovationReportResponse,
  ListResponse,
  ProcurementResponse,
  ProcurementSummary,
} from '@keino/contracts';

/** HTTP only: the procurement register and the innovation report. */
@Injectable({ providedIn: 'root' })
export class ProcurementsApi {
  private readonly http = inject(HttpClient);

  list(params: Record<string, string | number>) {
    return this.http.get<ListResponse<ProcurementSummary>>('/api/procurements', { params });
  }
  get(id: string) {
    return this.http.get<ProcurementResponse>(`/api/procurements/${id}`);
  }
  create(body: CreateProcurementRequest) {
    return this.http.post<ProcurementResponse>('/api/procurements', body);
  }
  remove(id: string) {
    return this.http.delete<void>(`/api/procurements/${id}`);
  }
  addIndicator(id: string, body: CreateIndicatorRequest) {
    return this.http.post<IndicatorResponse>(`/api/procurements/${id}/indicators`, body);
  }
  addMeasurement(indicatorId: string, body: CreateMeasurementRequest) {
    return this.http.post<IndicatorResponse>(`/api/indicators/${indicatorId}/measurements`, body);
  }
  toCase(id: string) {
    return this.http.post<CaseResponse>(`/api/procurements/${id}/case`, {});
  }
  /** `filter`: region and organisation kind, left out when empty. */
  report(year: number, filter: Record<string, string> = {}) {
    return this.http.get<InnovationReportResponse>('/api/reports/innovation', {
      params: { year, ...nonEmpty(filter) },
    });
  }
  export(year: number, format: 'csv' | 'xlsx', filter: Record<string, string> = {}) {
    return this.http.get(`/api/reports/innovation.${format}`, {
      params: { year, ...nonEmpty(filter) },
      responseType: 'blob',
    });
  }
}

const nonEmpty = (filter: Record<string, string>) =>
  Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== ''));
