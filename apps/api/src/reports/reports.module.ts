import { Module } from '@nestjs/common';

import { GroupsModule } from '../groups/groups.module';
import { ProgrammeReportsController, ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({
  imports: [GroupsModule],
  controllers: [ReportsController, ProgrammeReportsController],
  providers: [ReportsService],
})
export class ReportsModule {}
