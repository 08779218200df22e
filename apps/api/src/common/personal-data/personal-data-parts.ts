import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';

import { PERSONAL_DATA_PART, type PersonalDataPart } from './personal-data-part';

/** A discovered part and the module that registers it. */
export interface RegisteredPart {
  owner: string;
  part: PersonalDataPart;
}

function isPersonalDataPart(instance: unknown): instance is PersonalDataPart {
  const candidate = instance as Partial<PersonalDataPart> | null | undefined;
  return typeof candidate?.export === 'function' && typeof candidate.erase === 'function';
}

/** Every module's personal-data part, found by the OwnsPersonalData marker: accounts needs no list of modules. */
@Injectable()
export class PersonalDataParts {
  private found?: RegisteredPart[];

  constructor(private readonly discovery: DiscoveryService) {}

  /** In the order Nest registered the modules; found once, after every provider exists. */
  all(): RegisteredPart[] {
    this.found ??= this.discovery.getProviders({ metadataKey: PERSONAL_DATA_PART }).map((wrapper) => {
      const owner = wrapper.host?.name ?? 'an unknown module';
      const instance: unknown = wrapper.instance;
      // A part that cannot run (request-scoped, or not a part at all) would leave rows behind on erasure: fail.
      if (!isPersonalDataPart(instance)) {
        throw new Error(`A provider of ${owner} is marked as a personal-data part but cannot act as one`);
      }
      return { owner, part: instance };
    });
    return this.found;
  }
}
