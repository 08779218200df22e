import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { type Db, sql } from '../common/database/sql';
import {
  OwnsPersonalData,
  type PersonalDataPart,
  type PersonalDataSections,
  type PersonalDataSubject,
} from '../common/personal-data/personal-data-part';
import { selectSections } from '../common/personal-data/select-sections';

type NotificationSections = Pick<PersonalDataSections, 'notifications' | 'emails'>;

/**
 * What the app told the person, in the app and by email (notifications, email_messages). The single-use links in
 * emails (address proof, invitations, password reset) are left out of the export: a link is proof that one reads
 * that mailbox, and whoever holds an account of an address they do not read could otherwise prove it with the export.
 */
@OwnsPersonalData()
@Injectable()
export class NotificationsPersonalData implements PersonalDataPart {
  export(person: PersonalDataSubject, db: Db): Promise<NotificationSections> {
    return selectSections<NotificationSections>(
      db,
      `SELECT
         (SELECT coalesce(json_agg(json_build_object(
              'kind', n.kind, 'payload', n.payload, 'createdAt', n.created_at, 'readAt', n.read_at)
            ORDER BY n.created_at), '[]')
            FROM notifications n WHERE n.user_id = $1) AS notifications,
         (SELECT coalesce(json_agg(json_build_object(
              'toAddress', m.to_address, 'subject', m.subject,
              'body', regexp_replace(m.body, '([?&]token=)[^[:space:]&"<>]+', '\\1(removed)', 'g'),
              'status', m.status,
              'createdAt', m.created_at, 'sentAt', m.sent_at)
            ORDER BY m.created_at), '[]')
            FROM email_messages m WHERE m.user_id = $1) AS emails`,
      [person.userId],
    );
  }

  /** Notifications and emails speak to the person by name and address: they go with them. */
  async erase(person: PersonalDataSubject, tx: EntityManager): Promise<void> {
    await sql.affected(tx, `DELETE FROM email_messages WHERE user_id = $1`, [person.userId]);
    await sql.affected(tx, `DELETE FROM notifications WHERE user_id = $1`, [person.userId]);
  }
}
