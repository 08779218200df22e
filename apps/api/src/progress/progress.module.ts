import { Module } from '@nestjs/common';

import { ProgressController } from './progress.controller';
import { ProgressPersonalData } from './progress.personal-data';
import { ProgressRepository } from './progress.repository';
import { ProgressService } from './progress.service';

@Module({
  controllers: [ProgressController],
  providers: [ProgressService, ProgressRepository, ProgressPersonalData],
  exports: [ProgressService],
})
export class ProgressModule {}
