import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { PersonalDataParts } from './personal-data-parts';

/** Gives accounts the registry of every module's personal-data part. */
@Module({ imports: [DiscoveryModule], providers: [PersonalDataParts], exports: [PersonalDataParts] })
export class PersonalDataModule {}
