import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { join } from 'node:path';
import { Logger } from 'nestjs-pino';

import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';
import { EmbeddedDatabase, startEmbeddedDatabase } from './database/embedded';

/** The built web app at `/`, with index.html for every other GET outside /api (the SPA's own routes). */
function serveWebApp(app: NestExpressApplication, webRoot: string): void {
  app.useStaticAssets(webRoot, { index: false, maxAge: '1h' });
  const index = join(webRoot, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) =>
    req.method === 'GET' && !req.path.startsWith('/api/') && req.path !== '/api'
      ? res.sendFile(index)
      : next(),
  );
}

export interface RunningApp {
  app: INestApplication;
  close(): Promise<void>;
}

/** Builds the configured app (without listening): used by main.ts and by the integration tests. */
export async function createApp(config: AppConfig, options: { logger?: boolean } = {}): Promise<RunningApp> {
  const embedded = config.databaseUrl ? undefined : await startEmbeddedDatabase(config.dataDir);
  const databaseUrl = config.databaseUrl ?? (embedded as EmbeddedDatabase).url;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    bufferLogs: true,
    bodyParser: false,
    logger: options.logger === false ? false : undefined,
  });
  if (options.logger !== false) app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: '1mb' });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"] },
      },
    }),
  );
  if (config.webRoot) serveWebApp(app, config.webRoot);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  const openApi = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('KEINO Academy API').setVersion('1').addBearerAuth().build(),
  );
  SwaggerModule.setup('api/docs', app, openApi, { jsonDocumentUrl: 'api/docs-json' });
  return {
    app,
    async close() {
      await app.close();
      await embedded?.stop();
    },
  };
}
