import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ASSIGNMENT_MAX_FILE_BYTES } from '@keino/contracts';
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { Logger } from 'nestjs-pino';

import { AppModule } from './app.module';
import { notFoundBody } from './common/errors/errors.filter';
import { answerFrameworkError, markMalformedQueries, RefuseNulPipe } from './common/http/hostile-input';
import { registerJsonBodyParser } from './common/http/json-body';
import { applyCacheControl } from './common/http/cache-control';
import { describeOperations } from './common/openapi/describe-operations';
import { answerUndocumentedErrors } from './common/openapi/documented-errors.hook';
import { AppConfig } from './config/app-config';
import { EmbeddedDatabase, startEmbeddedDatabase } from './database/embedded';
import { assertMigrated, runMigrations } from './database/migrate';
import { Readiness } from './health/readiness';
import { MetricsService } from './metrics/metrics.service';

const BODY_LIMIT = 1024 * 1024;

/**
 * The built web app at `/`, and index.html for every other GET outside /api (the SPA's own routes). Files are
 * registered one route each (no wildcard), so the catch-all below only sees what no file and no API route matched.
 */
async function serveWebApp(app: NestFastifyApplication, webRoot: string): Promise<void> {
  await app.register((await import('@fastify/static')).default, {
    root: webRoot,
    wildcard: false,
    index: false,
    maxAge: '1h',
  });
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  fastify.get('/*', (req, reply) => {
    if (req.url === '/api' || req.url.startsWith('/api/')) {
      return reply.code(404).send(notFoundBody(`Cannot GET ${req.url}`));
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}

export interface RunningApp {
  app: INestApplication;
  /**
   * Drains, then closes: readiness answers 503 at once, the listener stays open for SHUTDOWN_DELAY_MS, then Fastify
   * stops accepting and waits for the requests in flight, and only then do the modules close (Redis, the pool).
   */
  close(): Promise<void>;
}

/**
 * Builds the configured app (without listening): used by main.ts and by the integration tests. `strictErrorDocs`
 * (the tests): an error code that the route's OpenAPI operation does not list answers 500.
 */
export async function createApp(
  config: AppConfig,
  options: { logger?: boolean; strictErrorDocs?: boolean } = {},
): Promise<RunningApp> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedDatabase(config.dataDir);
  const databaseUrl = config.databaseUrl ?? (embedded as EmbeddedDatabase).url;
  try {
    const log = options.logger === false ? () => undefined : undefined;
    if (config.migrations === 'auto') await runMigrations(databaseUrl, !config.databaseUrl, log);
    else await assertMigrated(databaseUrl, !config.databaseUrl);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  // Fastify: the progress-write benchmark measured Express's per-request cost as the API's bottleneck.
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, databaseUrl),
    new FastifyAdapter({
      bodyLimit: BODY_LIMIT,
      // A caller's X-Request-Id is kept (and logged), otherwise one is made.
      requestIdHeader: 'x-request-id',
      genReqId: () => randomUUID(),
      frameworkErrors: answerFrameworkError,
    }),
    // bodyParser off: our own JSON parser below takes its place.
    { bufferLogs: true, bodyParser: false, logger: options.logger === false ? false : undefined },
  );
  if (options.logger !== false) app.useLogger(app.get(Logger));
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  registerJsonBodyParser(fastify);
  app.get(MetricsService).instrument(fastify);
  markMalformedQueries(fastify);
  // The request id (the caller's X-Request-Id, or a new UUID) is in every log line; answer it so callers can quote it.
  fastify.addHook('onRequest', (req, reply, done) => {
    void reply.header('x-request-id', req.id);
    done();
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: { 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"] },
    },
  });
  // The refresh token's cookie (common/auth/session-cookie.ts); its Path keeps it to /api/auth, off the hot paths.
  await app.register(cookie);
  // Uploads (team assignment files): one file of at most 20 MB per request, read by the route that takes it.
  await app.register(multipart, { limits: { fileSize: ASSIGNMENT_MAX_FILE_BYTES, files: 1, fields: 5 } });
  if (config.webRoot) await serveWebApp(app, config.webRoot);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    new RefuseNulPipe(),
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
  );
  applyCacheControl(app);
  const openApi = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('KEINO Academy API').setVersion('1').addBearerAuth().build(),
  );
  const documentedErrors = describeOperations(app, openApi);
  if (options.strictErrorDocs) answerUndocumentedErrors(fastify, documentedErrors);
  SwaggerModule.setup('api/docs', app, openApi, { jsonDocumentUrl: 'api/docs-json' });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    async close() {
      app.get(Readiness).drain();
      if (config.shutdownDelayMs > 0) await new Promise((r) => setTimeout(r, config.shutdownDelayMs));
      // Fastify first: Nest's own close runs the modules' destroy hooks (Redis clients) before it closes the server,
      // which would pull them from under the requests still in flight.
      await fastify.close();
      await app.close();
      await embedded?.stop();
    },
  };
}
