import { Global, Module } from '@nestjs/common';

import { AuditController } from './audit.controller';
import { AuditPersonalData } from './audit.personal-data';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

/** Global: every module that changes audited state records it in its own transaction. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditService, AuditRepository, AuditPersonalData],
  exports: [AuditService],
})
export class AuditModule {}
