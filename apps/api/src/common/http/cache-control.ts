import { CallHandler, ExecutionContext, INestApplication, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';

import { IS_PUBLIC } from '../auth/auth.decorators';

/** Answers the same for every caller (the OpenAPI document and its page): caches may keep them. */
const SHARED_DOCUMENT_PATHS = ['/api/docs'];

/** Requests routed to a @Public() read; only their answers may stay cacheable. */
const publicReads = new WeakSet<FastifyRequest>();

const READ_METHODS = new Set(['GET', 'HEAD']);

/** Marks the public reads; it runs after routing, so it knows the handler's @Public() mark. */
@Injectable()
class PublicReadMarker implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic && READ_METHODS.has(request.method)) publicReads.add(request);
    return next.handle();
  }
}

function isSharedDocument(url: string): boolean {
  return SHARED_DOCUMENT_PATHS.some(
    (path) => url === path || url.startsWith(`${path}/`) || url.startsWith(`${path}-`),
  );
}

/**
 * Every /api answer that is not a public read says `Cache-Control: no-store`, errors and refused calls included:
 * they carry personal data or tokens, and a shared cache or the browser's back button must not keep them. Public
 * reads (directory, certificate check, health) are the same for every caller and keep their own headers.
 */
export function applyCacheControl(app: INestApplication): void {
  app.useGlobalInterceptors(new PublicReadMarker(app.get(Reflector)));
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const url = request.url;
    const isApi = url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
    const own = reply.getHeader('cache-control');
    // A route's own header stays when it already forbids storing (attachments say `private, no-store`).
    const forbidsStoring = typeof own === 'string' && own.includes('no-store');
    if (isApi && !forbidsStoring && !publicReads.has(request) && !isSharedDocument(url)) {
      void reply.header('cache-control', 'no-store');
    }
    done(null, payload);
  });
}
