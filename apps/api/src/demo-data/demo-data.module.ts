import { Module } from '@nestjs/common';

import { AccountsModule } from '../accounts/accounts.module';
import { AssessmentsModule } from '../assessments/assessments.module';
import { AssignmentsModule } from '../assignments/assignments.module';
import { CallsModule } from '../calls/calls.module';
import { CasesModule } from '../cases/cases.module';
import { CertificatesModule } from '../certificates/certificates.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { CoursesModule } from '../courses/courses.module';
import { DeveloperGroupsModule } from '../developer-groups/developer-groups.module';
import { EnrollmentsModule } from '../enrollments/enrollments.module';
import { GroupsModule } from '../groups/groups.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ProcurementsModule } from '../procurements/procurements.module';
import { ProgressModule } from '../progress/progress.module';
import { DemoDataService } from './demo-data.service';

/** Demo data seeds through the services these modules export; it owns no table. */
@Module({
  imports: [
    OrganizationsModule,
    AccountsModule,
    CoursesModule,
    CohortsModule,
    EnrollmentsModule,
    ProgressModule,
    AssessmentsModule,
    CasesModule,
    NotificationsModule,
    AssignmentsModule,
    CertificatesModule,
    ProcurementsModule,
    GroupsModule,
    DeveloperGroupsModule,
    CallsModule,
  ],
  providers: [DemoDataService],
})
export class DemoDataModule {}
