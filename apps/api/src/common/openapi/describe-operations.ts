import { INestApplication } from '@nestjs/common';
import { GUARDS_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import type {
  OpenAPIObject,
  OperationObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ERROR_STATUS, type ErrorCode, type Role } from '@keino/contracts';

import { IS_PUBLIC, ROLES_KEY } from '../auth/auth.decorators';
import { API_ANSWER, type ApiAnswerShape } from './api-answer.decorator';
import { API_ERRORS } from './api-errors.decorator';
import { CONTRACT_SCHEMAS, type ContractSchemaName } from './contract-schemas';

/** The error codes each route documents, by `METHOD /api/path/:param` (Fastify's spelling of the route). */
export type DocumentedErrors = Map<string, ReadonlySet<ErrorCode>>;

/** What a route handler's decorators say, read once from the Nest metadata. */
interface RouteFacts {
  answer?: ApiAnswerShape;
  codes: ErrorCode[];
  isPublic: boolean;
  roles: Role[];
  throttled: boolean;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const BODY_METHODS: readonly string[] = ['put', 'post', 'patch'];

const ref = (name: ContractSchemaName): ReferenceObject => ({ $ref: `#/components/schemas/${name}` });

/** Every controller method that serves a route, by the operationId @nestjs/swagger gives it. */
function routeFacts(app: INestApplication): Map<string, RouteFacts> {
  const reflector = new Reflector();
  const facts = new Map<string, RouteFacts>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (typeof metatype !== 'function') continue;
      const prototype = metatype.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined)
          continue;
        const targets = [handler, metatype];
        const guards = reflector.getAllAndMerge<unknown[]>(GUARDS_METADATA, targets);
        facts.set(`${metatype.name}_${name}`, {
          answer: reflector.get<ApiAnswerShape | undefined>(API_ANSWER, handler),
          codes: reflector.get<ErrorCode[] | undefined>(API_ERRORS, handler) ?? [],
          isPublic: reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets) === true,
          roles: reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [],
          throttled: guards.some(
            (g) => g === ThrottlerGuard || (g as { prototype?: unknown }).prototype instanceof ThrottlerGuard,
          ),
        });
      }
    }
  }
  return facts;
}

/** The codes any route like this one can answer, whatever its own rules: the guards, the pipes, the body parser. */
function commonCodes(method: string, operation: OperationObject, route: RouteFacts): ErrorCode[] {
  const codes: ErrorCode[] = [];
  if (!route.isPublic) codes.push('UNAUTHENTICATED');
  if (route.roles.length > 0) codes.push('FORBIDDEN');
  if ((operation.parameters?.length ?? 0) > 0 || operation.requestBody || BODY_METHODS.includes(method)) {
    codes.push('VALIDATION_FAILED');
  }
  if (BODY_METHODS.includes(method)) codes.push('PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE');
  if (route.throttled) codes.push('TOO_MANY_REQUESTS');
  codes.push('INTERNAL');
  return codes;
}

function answerSchema(
  shape: Exclude<ApiAnswerShape, 'no content' | { file: string[] } | { redirect: string }>,
): SchemaObject | ReferenceObject {
  if (typeof shape === 'string') return ref(shape);
  if (Array.isArray(shape)) return { type: 'array', items: ref(shape[0]) };
  // ListResponse<T> is generic; its one instantiation in the contracts is the template, with T swapped.
  const template = CONTRACT_SCHEMAS.ListResponse_NotificationResponse;
  return {
    ...template,
    properties: { ...template.properties, items: { type: 'array', items: ref(shape.page) } },
  };
}

function describeAnswer(operation: OperationObject, method: string, shape: ApiAnswerShape): void {
  const status =
    Object.keys(operation.responses).find((s) => s.startsWith('2')) ?? (method === 'post' ? '201' : '200');
  const response: ResponseObject = {
    description: '',
    ...(operation.responses[status] as ResponseObject | undefined),
  };
  if (shape === 'no content') {
    operation.responses[status] = { description: response.description || 'No content' };
    return;
  }
  if (typeof shape === 'object' && 'redirect' in shape) {
    // A browser's step (single sign-on): it answers no body, only where to go next.
    delete operation.responses[status];
    operation.responses['302'] = {
      description: shape.redirect,
      headers: { Location: { description: shape.redirect, schema: { type: 'string', format: 'uri' } } },
    };
    return;
  }
  if (typeof shape === 'object' && 'file' in shape) {
    const binary: SchemaObject = { type: 'string', format: 'binary' };
    response.content = Object.fromEntries(shape.file.map((type) => [type, { schema: binary }]));
    response.description ||= 'The file, as an attachment';
  } else {
    response.content = { 'application/json': { schema: answerSchema(shape) } };
    response.description ||=
      typeof shape === 'string'
        ? shape
        : Array.isArray(shape)
          ? `${shape[0]}[]`
          : `ListResponse<${shape.page}>`;
  }
  operation.responses[status] = response;
}

/** One response per HTTP status: an ErrorResponse whose `code` is one of exactly that status's codes. */
function describeErrors(operation: OperationObject, codes: ErrorCode[]): void {
  const byStatus = new Map<number, ErrorCode[]>();
  // A 5xx that a library declared (terminus's 503) goes through the filter too: an ErrorResponse with INTERNAL.
  for (const status of Object.keys(operation.responses).filter((s) => s.startsWith('5'))) {
    byStatus.set(Number(status), ['INTERNAL']);
  }
  for (const code of new Set(codes))
    byStatus.set(ERROR_STATUS[code], [...(byStatus.get(ERROR_STATUS[code]) ?? []), code]);
  for (const [status, group] of [...byStatus].sort(([a], [b]) => a - b)) {
    operation.responses[String(status)] = {
      description: group.join(', '),
      content: {
        'application/json': {
          schema: {
            allOf: [
              ref('ErrorResponse'),
              { type: 'object', required: ['code'], properties: { code: { type: 'string', enum: group } } },
            ],
          },
        },
      },
    };
  }
}

/** A document path in Fastify's spelling, as `req.routeOptions.url` gives it: `/api/courses/{id}` → `/api/courses/:id`. */
export const routeUrl = (path: string): string => path.replace(/\{([^}]+)\}/g, ':$1');

/**
 * Makes the document the contract: the libs/contracts schemas as components, each operation's success answer
 * (@ApiAnswer) and its error answers (@ApiErrors and the common ones). Answers the documented codes per route for
 * the strict check of the tests.
 */
export function describeOperations(app: INestApplication, document: OpenAPIObject): DocumentedErrors {
  document.components = { ...document.components };
  document.components.schemas = { ...document.components.schemas, ...CONTRACT_SCHEMAS };
  const facts = routeFacts(app);
  const documented: DocumentedErrors = new Map();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      const route = operation?.operationId ? facts.get(operation.operationId) : undefined;
      if (!operation || !route) continue;
      if (route.answer) describeAnswer(operation, method, route.answer);
      const codes = [...route.codes, ...commonCodes(method, operation, route)];
      describeErrors(operation, codes);
      documented.set(`${method.toUpperCase()} ${routeUrl(path)}`, new Set(codes));
    }
  }
  return documented;
}
