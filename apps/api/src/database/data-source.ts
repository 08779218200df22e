// TypeORM loads the driver dynamically; importing it here keeps it in the built app's dependencies.
import 'pg';
import { DataSourceOptions } from 'typeorm';

import { entities } from './entities';
import { CreateUsers1764300000000 } from './migrations/1764300000000-create-users';
import { CreateRefreshTokens1764300000001 } from './migrations/1764300000001-create-refresh-tokens';
import { CreateAcademy1764400000000 } from './migrations/1764400000000-create-academy';
import { PersonalData1764500000000 } from './migrations/1764500000000-personal-data';
import { Certificates1764600000000 } from './migrations/1764600000000-certificates';
import { ProcurementCases1764700000000 } from './migrations/1764700000000-procurement-cases';
import { TeamAssignments1764800000000 } from './migrations/1764800000000-team-assignments';
import { MaturityAssessments1764900000000 } from './migrations/1764900000000-maturity-assessments';
import { Notifications1765000000000 } from './migrations/1765000000000-notifications';
import { CohortWorkshops1765100000000 } from './migrations/1765100000000-cohort-workshops';
import { Sessions1765200000000 } from './migrations/1765200000000-sessions';
import { ProvedMembership1765300000000 } from './migrations/1765300000000-proved-membership';
import { SingleSignOn1765400000000 } from './migrations/1765400000000-single-sign-on';
import { SsoCodesBoundToBrowser1765450000000 } from './migrations/1765450000000-sso-codes-bound-to-browser';
import { CallsForApplications1765500000000 } from './migrations/1765500000000-calls-for-applications';
import { SmallGroups1765600000000 } from './migrations/1765600000000-small-groups';
import { ProcurementRegister1765700000000 } from './migrations/1765700000000-procurement-register';
import { DeveloperGroups1765800000000 } from './migrations/1765800000000-developer-groups';
import { CaseSearchEveryLanguage1765900000000 } from './migrations/1765900000000-case-search-every-language';
import { CohortPlace1765900000001 } from './migrations/1765900000001-cohort-place';
import { MaturityFollowUp1766000000000 } from './migrations/1766000000000-maturity-follow-up';

export const migrations = [
  CreateUsers1764300000000,
  CreateRefreshTokens1764300000001,
  CreateAcademy1764400000000,
  PersonalData1764500000000,
  Certificates1764600000000,
  ProcurementCases1764700000000,
  TeamAssignments1764800000000,
  MaturityAssessments1764900000000,
  Notifications1765000000000,
  CohortWorkshops1765100000000,
  Sessions1765200000000,
  ProvedMembership1765300000000,
  SingleSignOn1765400000000,
  SsoCodesBoundToBrowser1765450000000,
  CallsForApplications1765500000000,
  SmallGroups1765600000000,
  ProcurementRegister1765700000000,
  DeveloperGroups1765800000000,
  CaseSearchEveryLanguage1765900000000,
  CohortPlace1765900000001,
  MaturityFollowUp1766000000000,
];

/**
 * Same options on PGlite and on PostgreSQL; never synchronize. Migrations run before the app is built, under an
 * advisory lock (migrate.ts), not by TypeORM at connect time, so instances started together migrate once.
 */
export function dataSourceOptions(url: string, embedded: boolean): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    // PGlite serves one session at a time, and keeps it (prepared statements too) when a socket closes: one connection,
    // never closed for idleness, or the next one's named statement (the progress write) would already exist.
    extra: embedded ? { max: 1, idleTimeoutMillis: 0 } : { max: 20 },
  };
}
