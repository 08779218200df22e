import { Module } from '@nestjs/common';

import { EnrollmentsRepository } from './enrollments.repository';
import { WaitlistService } from './waitlist.service';

/**
 * The waitlist on its own, so that the cohorts module (which EnrollmentsModule imports) can fill freed seats without
 * an import cycle; it needs nothing from cohorts.
 */
@Module({
  providers: [EnrollmentsRepository, WaitlistService],
  exports: [WaitlistService],
})
export class WaitlistModule {}
