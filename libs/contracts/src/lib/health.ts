export interface HealthResponse {
  status: 'ok' | 'error';
}
