import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';

import { AccountsModule } from './accounts/accounts.module';
import { AssessmentsModule } from './assessments/assessments.module';
import { AssignmentsModule } from './assignments/assignments.module';
import { AuditModule } from './audit/audit.module';
import { CallsModule } from './calls/calls.module';
import { CasesModule } from './cases/cases.module';
import { CertificatesModule } from './certificates/certificates.module';
import { CohortsModule } from './cohorts/cohorts.module';
import { CoursesModule } from './courses/courses.module';
import { DeveloperGroupsModule } from './developer-groups/developer-groups.module';
import { EnrollmentsModule } from './enrollments/enrollments.module';
import { GroupsModule } from './groups/groups.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { ProcurementsModule } from './procurements/procurements.module';
import { ProgressModule } from './progress/progress.module';
import { ReportsModule } from './reports/reports.module';
import { SsoModule } from './sso/sso.module';
import { JwtAuthGuard, RolesGuard } from './common/auth/auth.guards';
import { JwtStrategy } from './common/auth/jwt.strategy';
import { ErrorsFilter } from './common/errors/errors.filter';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source';
import { DemoDataModule } from './demo-data/demo-data.module';
import { HealthController } from './health/health.controller';
import { Readiness } from './health/readiness';
import { MetricsController } from './metrics/metrics.controller';
import { MetricsService } from './metrics/metrics.service';

const logsRequests = (level: string) => ['trace', 'debug', 'info'].includes(level);

@Module({})
export class AppModule {
  /** The whole app for one resolved configuration and one database URL. */
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    const embedded = !config.databaseUrl;
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          // Request logs are written at `info`; above it the per-request logger would only cost time.
          forRoutes: logsRequests(config.logLevel) ? [{ path: '{*path}', method: RequestMethod.ALL }] : [],
          pinoHttp: {
            level: config.logLevel,
            // Never log credentials or tokens.
            redact: {
              paths: [
                'req.headers.authorization',
                'req.headers.cookie',
                // The answer's headers are logged too, and sign-in sets the refresh token's cookie.
                'res.headers["set-cookie"]',
                'req.body.password',
                'req.body.refreshToken',
              ],
              remove: true,
            },
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, embedded)),
        TerminusModule,
        PassportModule,
        EventEmitterModule.forRoot(),
        RateLimitModule,
        AuditModule,
        AccountsModule,
        OrganizationsModule,
        CoursesModule,
        CohortsModule,
        EnrollmentsModule,
        ProgressModule,
        ReportsModule,
        CertificatesModule,
        CallsModule,
        CasesModule,
        ProcurementsModule,
        NotificationsModule,
        AssessmentsModule,
        AssignmentsModule,
        GroupsModule,
        SsoModule,
        DeveloperGroupsModule,
        DemoDataModule,
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        Readiness,
        MetricsService,
        JwtStrategy,
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_FILTER, useClass: ErrorsFilter },
      ],
      exports: [APP_CONFIG],
    };
  }
}
