/** The body of every error answer (API.md "Conventions"). */
export interface ErrorResponse {
  statusCode: number;
  error: string;
  message: string | string[];
  code: string;
}
