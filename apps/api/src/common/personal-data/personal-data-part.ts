import { DiscoveryService } from '@nestjs/core';
import type { Locale, PersonalDataExport } from '@keino/contracts';
import type { EntityManager } from 'typeorm';

import type { Db } from '../database/sql';

/** Everything held about a person, by section: the export without the moment it was taken. */
export type PersonalDataSections = Omit<PersonalDataExport, 'exportedAt'>;

/** The person a part exports or erases: what the parts need, so that none of them reads the users table. */
export interface PersonalDataSubject {
  userId: string;
  organizationId: string | null;
  locale: Locale;
}

/**
 * A module's share of the data-protection rights: it exports and erases the person's rows in its own tables.
 * Accounts gathers every part (see PersonalDataParts) and runs them in one transaction.
 */
export interface PersonalDataPart {
  /** The sections this module fills, read on `db` (the export's read-only snapshot). */
  export(person: PersonalDataSubject, db: Db): Promise<Partial<PersonalDataSections>>;
  /** Removes or anonymises the person's rows in this module's tables, in the erasure's transaction. */
  erase(person: PersonalDataSubject, tx: EntityManager): Promise<void>;
}

const marker = DiscoveryService.createDecorator();

/** The metadata key the marker sets; PersonalDataParts discovers providers by it. */
export const PERSONAL_DATA_PART = marker.KEY;

/**
 * Marks a provider as its module's part. Registering it in the module is all a new module does: accounts finds it.
 * Typed so that only a class implementing PersonalDataPart can carry it.
 */
export function OwnsPersonalData(): (target: new (...args: never[]) => PersonalDataPart) => void {
  return (target) => {
    marker()(target);
  };
}
