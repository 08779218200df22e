import { Module } from '@nestjs/common';

import { ProgrammeReportsController, ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({ controllers: [ReportsController, ProgrammeReportsController], providers: [ReportsService] })
export class ReportsModule {}
