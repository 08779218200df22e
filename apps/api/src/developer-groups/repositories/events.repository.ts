import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { REGISTRATION_RETENTION_DAYS, type GroupEventKind, type Locale } from '@keino/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { type Db, sql } from '../../common/database/sql';

export interface EventRow {
  id: string;
  group_id: string;
  group_name: string;
  group_language: Locale;
  title: string;
  kind: GroupEventKind;
  starts_at: Date;
  location: string | null;
  online_url: string | null;
  description: string | null;
  registration_open: boolean;
  registration_count: number;
}

export interface RegistrationRow {
  id: string;
  event_id: string;
  full_name: string;
  company: string;
  business_id: string;
  email: string;
  created_at: Date;
}

export interface NewEvent {
  groupId: string;
  title: string;
  kind: GroupEventKind;
  startsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  description: string | null;
  registrationOpen: boolean;
}

export interface NewRegistration {
  eventId: string;
  fullName: string;
  company: string;
  businessId: string;
  email: string;
}

const EVENT_SELECT = `
  e.id, e.group_id, g.name AS group_name, g.language AS group_language, e.title, e.kind, e.starts_at, e.location, e.online_url, e.description,
  e.registration_open,
  (SELECT count(*)::int FROM developer_group_event_registrations r WHERE r.event_id = e.id) AS registration_count
  FROM developer_group_events e JOIN developer_groups g ON g.id = e.group_id`;

/** The only code that reads and writes developer_group_events and their registrations. */
@Injectable()
export class EventsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async insert(event: NewEvent): Promise<string> {
    const row = await sql.one<{ id: string }>(
      this.db,
      `INSERT INTO developer_group_events
         (group_id, title, kind, starts_at, location, online_url, description, registration_open)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        event.groupId,
        event.title,
        event.kind,
        event.startsAt,
        event.location,
        event.onlineUrl,
        event.description,
        event.registrationOpen,
      ],
    );
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    return row.id;
  }

  find(id: string): Promise<EventRow | undefined> {
    return sql.one<EventRow>(this.db, `SELECT ${EVENT_SELECT} WHERE e.id = $1`, [id]);
  }

  list(groupId: string): Promise<EventRow[]> {
    return sql.rows<EventRow>(
      this.db,
      `SELECT ${EVENT_SELECT} WHERE e.group_id = $1 ORDER BY e.starts_at DESC, e.id`,
      [groupId],
    );
  }

  /** The registration, or undefined when the address registered already (whatever its case). */
  register(tx: Db, r: NewRegistration, at?: Date): Promise<RegistrationRow | undefined> {
    return sql.one<RegistrationRow>(
      tx,
      `INSERT INTO developer_group_event_registrations
         (event_id, full_name, company, business_id, email, consented_at, created_at)
       VALUES ($1, $2, $3, $4, $5, coalesce($6::timestamptz, now()), coalesce($6::timestamptz, now()))
       ON CONFLICT (event_id, lower(email)) DO NOTHING
       RETURNING id, event_id, full_name, company, business_id, email, created_at`,
      [r.eventId, r.fullName, r.company, r.businessId, r.email, at ?? null],
    );
  }

  registrations(eventId: string): Promise<RegistrationRow[]> {
    return sql.rows<RegistrationRow>(
      this.db,
      `SELECT id, event_id, full_name, company, business_id, email, created_at
         FROM developer_group_event_registrations WHERE event_id = $1 ORDER BY created_at, id`,
      [eventId],
    );
  }

  /** Retention: registrations of events that began more than a year ago go, in one statement. */
  sweepRegistrations(now: Date): Promise<number> {
    return sql.affected(
      this.db,
      `DELETE FROM developer_group_event_registrations r USING developer_group_events e
        WHERE e.id = r.event_id AND e.starts_at < $1::timestamptz - make_interval(days => $2)`,
      [now, REGISTRATION_RETENTION_DAYS],
    );
  }
}
