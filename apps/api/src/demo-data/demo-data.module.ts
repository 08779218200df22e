import { Module } from '@nestjs/common';

import { CertificatesModule } from '../certificates/certificates.module';
import { CoursesModule } from '../courses/courses.module';
import { DemoDataService } from './demo-data.service';

@Module({ imports: [CoursesModule, CertificatesModule], providers: [DemoDataService] })
export class DemoDataModule {}
