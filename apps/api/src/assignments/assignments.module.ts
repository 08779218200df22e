import { Module } from '@nestjs/common';

import { ProgressModule } from '../progress/progress.module';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsService } from './assignments.service';

@Module({ imports: [ProgressModule], controllers: [AssignmentsController], providers: [AssignmentsService] })
export class AssignmentsModule {}
