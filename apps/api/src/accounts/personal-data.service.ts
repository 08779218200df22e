import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PersonalDataExport } from '@keino/contracts';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { sql } from '../common/database/sql';
import { accountErrors } from './accounts.errors';
import { PersonalDataParts } from '../common/personal-data/personal-data-parts';
import { assembleSections, type FilledSections } from '../common/personal-data/personal-data-sections';
import { AccountsPersonalData } from './accounts.personal-data';
import { hashPassword } from './password-hasher';

/**
 * The data-protection rights QUALITY.md asks for: a person downloads everything held about them; an admin erases a
 * person. Each module exports and erases its own tables (its PersonalDataPart); this service gathers the parts and
 * runs them in one transaction. Erasure anonymises the user row in place instead of deleting it, so enrolments and
 * progress still count in the statistics of the cohort and the organisation, without a name, an email or a way to
 * sign in.
 */
@Injectable()
export class PersonalDataService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accounts: AccountsPersonalData,
    private readonly parts: PersonalDataParts,
    private readonly audit: AuditService,
  ) {}

  /** Every part reads the same snapshot: one REPEATABLE READ transaction that writes nothing. */
  async export(userId: string): Promise<PersonalDataExport> {
    const sections = await this.db.transaction('REPEATABLE READ', async (tx) => {
      await sql.rows(tx, `SET TRANSACTION READ ONLY`);
      const person = await this.accounts.findSubject(userId, tx);
      if (!person) throw accountErrors.userNotFound();
      const filled: FilledSections[] = [];
      // One after the other: a transaction has one connection (and PGlite only one at all).
      for (const { owner, part } of this.parts.all()) {
        filled.push({ owner, sections: await part.export(person, tx) });
      }
      return assembleSections(filled);
    });
    return { exportedAt: new Date().toISOString(), ...sections };
  }

  /**
   * Removes what identifies the person and every way to act as them: the user row first, then each module's rows,
   * then the audit event, all or nothing.
   */
  async erase(actorId: string, userId: string): Promise<void> {
    if (actorId === userId) throw accountErrors.cannotEraseSelf();
    // An unknown random password: nobody can sign in as the erased row.
    const unusableHash = await hashPassword(randomBytes(32).toString('base64url'));
    await this.db.transaction(async (tx) => {
      const anonymised = await this.accounts.anonymise(userId, unusableHash, tx);
      if (anonymised.outcome === 'unknown') throw accountErrors.userNotFound();
      if (anonymised.outcome === 'erased-before') return; // nothing more to do
      for (const { part } of this.parts.all()) await part.erase(anonymised.person, tx);
      await this.audit.record(tx, [
        { actorId, action: 'user.erased', subjectType: 'user', subjectId: userId },
      ]);
    });
  }
}
