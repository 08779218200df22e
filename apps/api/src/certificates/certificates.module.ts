import { Module } from '@nestjs/common';

import { CertificatesController } from './certificates.controller';
import { CertificatesPersonalData } from './certificates.personal-data';
import { CertificatesRepository } from './certificates.repository';
import { CertificatesService } from './certificates.service';

@Module({
  controllers: [CertificatesController],
  providers: [CertificatesService, CertificatesRepository, CertificatesPersonalData],
  exports: [CertificatesService],
})
export class CertificatesModule {}
