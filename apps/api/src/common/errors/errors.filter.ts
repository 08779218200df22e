import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ErrorCode, ErrorResponse } from '@keino/contracts';
import type { FastifyReply } from 'fastify';

import { AppError } from './app-error';

// The code of an error that no service threw (validation, guards, the body parser, the throttler)
const CODES: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

/** The one place that writes error answers: a stable `code`, never a stack trace. */
@Catch()
export class ErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    void reply.status(this.statusOf(exception)).send(this.bodyOf(exception));
  }

  private statusOf(e: unknown): number {
    if (e instanceof AppError) return e.status;
    if (e instanceof HttpException) return e.getStatus();
    // Fastify's body errors carry their own status (413 too large, 400 bad JSON, 415 wrong type)
    const status = (e as { statusCode?: unknown })?.statusCode;
    return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
  }

  private bodyOf(e: unknown): ErrorResponse {
    const statusCode = this.statusOf(e);
    const error = HttpStatus[statusCode]?.toString().replace(/_/g, ' ').toLowerCase() ?? 'error';
    if (e instanceof AppError) return { statusCode, error, message: e.message, code: e.code };
    if (e instanceof HttpException) {
      const body = e.getResponse();
      const message =
        typeof body === 'object' && body !== null && 'message' in body
          ? (body as { message: string | string[] }).message
          : e.message;
      return { statusCode, error, message, code: codeOf(statusCode) };
    }
    if (statusCode === 500) {
      this.logger.error(e instanceof Error ? e.stack : String(e));
      return {
        statusCode,
        error: 'internal server error',
        message: 'Something went wrong',
        code: 'INTERNAL',
      };
    }
    return { statusCode, error, message: (e as Error).message, code: codeOf(statusCode) };
  }
}

function codeOf(status: number): ErrorCode {
  return CODES[status] ?? (status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED');
}

/** The 404 answer for a path no route serves. */
export function notFoundBody(message: string): ErrorResponse {
  return { statusCode: 404, error: 'not found', message, code: 'NOT_FOUND' };
}
