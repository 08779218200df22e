import { Injectable } from '@nestjs/common';
import type {
  EventRegistrationReceipt,
  EventRegistrationResponse,
  GroupEventAnswer,
  GroupEventResponse,
  ListResponse,
} from '@keino/contracts';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

import { AuthUser } from '../common/auth/auth.decorators';
import { NotificationsService } from '../notifications/notifications.service';
import { ReminderJobsService } from '../notifications/reminder-jobs.service';
import { neutraliseFormula } from '../reports/spreadsheet-cells';
import { DeveloperGroupAccess } from './developer-group-access';
import { toEvent, toPublicEvent, toRegistration } from './developer-group.mapper';
import { developerGroupErrors } from './developer-groups.errors';
import { required } from './developer-groups.service';
import { CreateEventRegistrationDto, CreateGroupEventDto } from './dto/events.dto';
import { renderRegistrationEmail } from './registration-email';
import { EventRow, EventsRepository, NewEvent, NewRegistration } from './repositories/events.repository';

const HEADER = ['fullName', 'company', 'businessId', 'email', 'registeredAt'];

/** An open market dialogue: the one kind of event that has a public page and takes registrations. */
const isOpenDialogue = (e: EventRow) => e.kind === 'market_dialogue' && e.registration_open;

/**
 * Meetings and market dialogues of a group. Inside the group everything is the group's; an open market dialogue is
 * also public: its page answers exactly the public fields, and suppliers without accounts register.
 */
@Injectable()
export class EventsService {
  constructor(
    private readonly events: EventsRepository,
    private readonly access: DeveloperGroupAccess,
    private readonly notifications: NotificationsService,
    private readonly jobs: ReminderJobsService,
  ) {}

  async create(caller: AuthUser, groupId: string, input: CreateGroupEventDto): Promise<GroupEventResponse> {
    await this.access.facilitate(caller, groupId);
    const registrationOpen = input.registrationOpen ?? false;
    if (registrationOpen && input.kind !== 'market_dialogue') {
      throw developerGroupErrors.registrationOnlyForDialogue();
    }
    const id = await this.events.insert({
      groupId,
      title: required(input.title, 'title'),
      kind: input.kind,
      startsAt: new Date(input.startsAt),
      location: input.location?.trim() || null,
      onlineUrl: input.onlineUrl?.trim() || null,
      description: input.description?.trim() || null,
      registrationOpen,
    });
    const row = await this.events.find(id);
    if (!row) throw developerGroupErrors.eventNotFound();
    return toEvent(row, true);
  }

  async list(caller: AuthUser, groupId: string): Promise<ListResponse<GroupEventResponse>> {
    const group = await this.access.inside(caller, groupId);
    const rows = await this.events.list(groupId);
    return { items: rows.map((r) => toEvent(r, group.moderator)), total: rows.length };
  }

  /** The group's people get the event; anyone else (no token too) the public page of an open market dialogue. */
  async get(caller: AuthUser | undefined, id: string): Promise<GroupEventAnswer> {
    const row = await this.events.find(id);
    const group = row && caller ? await this.access.of(caller, row.group_id) : undefined;
    if (row && group?.inside) return toEvent(row, group.moderator);
    if (row && isOpenDialogue(row)) return toPublicEvent(row);
    if (!caller) throw developerGroupErrors.signInFirst();
    throw developerGroupErrors.eventNotFound();
  }

  /** A supplier registers; the confirmation email is written in the same transaction and sent after it. */
  async register(id: string, input: CreateEventRegistrationDto): Promise<EventRegistrationReceipt> {
    const event = await this.events.find(id);
    if (!event || !isOpenDialogue(event)) throw developerGroupErrors.noRegistrations();
    const registration: NewRegistration = {
      eventId: id,
      fullName: required(input.fullName, 'fullName'),
      company: required(input.company, 'company'),
      businessId: input.businessId,
      email: input.email.trim(),
    };
    const { receipt, emailIds } = await this.events.transaction(async (tx) => {
      const row = await this.events.register(tx, registration);
      if (!row) throw developerGroupErrors.alreadyRegistered();
      const text = renderRegistrationEmail(input.locale ?? event.group_language, {
        fullName: row.full_name,
        eventTitle: event.title,
        groupName: event.group_name,
        startsAt: event.starts_at,
        location: event.location,
        onlineUrl: event.online_url,
      });
      const ids = await this.notifications.queueEmails(tx, [
        { userId: null, toAddress: row.email, subject: text.subject, body: text.body },
      ]);
      return { receipt: { id: row.id, eventId: id, createdAt: row.created_at.toISOString() }, emailIds: ids };
    });
    await this.jobs.sendEmails(emailIds);
    return receipt;
  }

  async registrations(caller: AuthUser, id: string): Promise<ListResponse<EventRegistrationResponse>> {
    const rows = (await this.registrationRows(caller, id)).map(toRegistration);
    return { items: rows, total: rows.length };
  }

  /** A header row, then one row per registration; cells a spreadsheet would run as formulas are neutralised. */
  async registrationsCsv(caller: AuthUser, id: string): Promise<string> {
    const rows = await this.registrations(caller, id);
    return stringify([HEADER, ...rows.items.map(cells)]);
  }

  async registrationsXlsx(caller: AuthUser, id: string): Promise<Buffer> {
    const rows = await this.registrations(caller, id);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Registrations');
    sheet.addRow(HEADER);
    sheet.addRows(rows.items.map(cells));
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  /** Retention: registrations go a year after their event (the privacy notice says so). Answers how many went. */
  sweepRegistrations(now = new Date()): Promise<number> {
    return this.events.sweepRegistrations(now);
  }

  /** Seeding contract (demo data): an event and its registrations at their times; answers the event's id. */
  async seedEvent(
    event: NewEvent,
    registrations: (Omit<NewRegistration, 'eventId'> & { at: Date })[],
  ): Promise<string> {
    const id = await this.events.insert(event);
    await this.events.transaction(async (tx) => {
      for (const { at, ...r } of registrations) await this.events.register(tx, { ...r, eventId: id }, at);
    });
    return id;
  }

  /** Facilitators of the event's group and admins; the group's people get 403, everyone else 404. */
  private async registrationRows(caller: AuthUser, id: string) {
    const event = await this.events.find(id);
    const group = event && (await this.access.of(caller, event.group_id));
    if (!event || !group?.inside) throw developerGroupErrors.eventNotFound();
    if (!group.moderator) throw developerGroupErrors.notFacilitator();
    return this.events.registrations(id);
  }
}

const cells = (r: EventRegistrationResponse): unknown[] =>
  [r.fullName, r.company, r.businessId, r.email, r.createdAt].map(neutraliseFormula);
