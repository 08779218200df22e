import { Module } from '@nestjs/common';

import { CasesController } from './cases.controller';
import { CasesPersonalData } from './cases.personal-data';
import { CasesService } from './cases.service';

@Module({ controllers: [CasesController], providers: [CasesService, CasesPersonalData] })
export class CasesModule {}
