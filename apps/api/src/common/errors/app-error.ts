/** Services throw this; the filter turns it into `{ statusCode, error, message, code }`. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
