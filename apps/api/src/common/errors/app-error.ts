import { ERROR_STATUS, type ErrorCode } from '@keino/contracts';

/**
 * Services throw this; the filter turns it into `{ statusCode, error, message, code }`. The status is the code's
 * own (contracts' ERROR_STATUS), so one code never answers with two statuses.
 */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }
}
