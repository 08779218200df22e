import { Module } from '@nestjs/common';

import { ProgressModule } from '../progress/progress.module';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsPersonalData } from './assignments.personal-data';
import { AssignmentsService } from './assignments.service';

@Module({
  imports: [ProgressModule],
  controllers: [AssignmentsController],
  providers: [AssignmentsService, AssignmentsPersonalData],
})
export class AssignmentsModule {}
