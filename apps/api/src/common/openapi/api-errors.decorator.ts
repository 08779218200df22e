import { SetMetadata } from '@nestjs/common';
import type { ErrorCode } from '@keino/contracts';

export const API_ERRORS = 'keino:apiErrors';

/**
 * The error codes an operation's own rules answer. The ones every route of its kind can answer (sign-in, roles,
 * validation, rate limits, body parsing, INTERNAL) are added by describe-operations.ts.
 */
export const ApiErrors = (...codes: ErrorCode[]) => SetMetadata(API_ERRORS, codes);
