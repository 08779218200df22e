import { Module } from '@nestjs/common';

import { CoursesModule } from '../../courses/courses.module';
import { DemoDataService } from './demo-data.service';

@Module({ imports: [CoursesModule], providers: [DemoDataService] })
export class DemoDataModule {}
