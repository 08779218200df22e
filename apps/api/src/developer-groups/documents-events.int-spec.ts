import type { DeveloperGroupResponse, GroupEventResponse } from '@keino/contracts';

import { PDF, PNG } from '../assignments/testing/sample-files';
import { Actor, auth, businessId } from '../../test/factories';
import { TestApp } from '../../test/setup/test-app';
import { startGroupWorld } from './testing/group-world';
import { RegistrationRetentionService } from './registration-retention.service';

const NONE = '00000000-0000-4000-8000-000000000000';

describe('a developer group’s documents and events over HTTP', () => {
  let t: TestApp;
  let admin: Actor;
  let facilitator: Actor;
  let member: Actor;
  let colleague: Actor;
  let coordinator: Actor;
  let outsider: Actor;
  let group: DeveloperGroupResponse;

  beforeAll(async () => {
    ({ t, admin, facilitator, member, colleague, coordinator, outsider, group } = await startGroupWorld({
      orgBJoins: true,
    }));
  });
  afterAll(() => t.close());

  describe('documents', () => {
    it('keeps a file of the same name as a new version, with who added each, and downloads the latest', async () => {
      const v1 = await t.http
        .post(`/api/developer-groups/${group.id}/documents`)
        .set(auth(member))
        .attach('file', PDF, 'kriteerit.pdf')
        .expect(201);
      expect(v1.body).toMatchObject({
        name: 'kriteerit.pdf',
        mediaType: 'application/pdf',
        size: PDF.length,
        version: 1,
        uploadedBy: { id: member.id },
      });
      const v2 = await t.http
        .post(`/api/developer-groups/${group.id}/documents`)
        .set(auth(coordinator))
        .attach('file', PNG, 'kriteerit.pdf')
        .expect(201);
      expect(v2.body).toMatchObject({ id: v1.body.id, version: 2, mediaType: 'image/png' });
      expect(v2.body.versions.map((v: { uploadedBy: { id: string } }) => v.uploadedBy.id)).toEqual([
        coordinator.id,
        member.id,
      ]);
      const list = await t.http
        .get(`/api/developer-groups/${group.id}/documents`)
        .set(auth(colleague))
        .expect(200);
      expect(list.body.items).toEqual([expect.objectContaining({ id: v1.body.id, version: 2 })]);
      const file = await t.http.get(`/api/documents/${v1.body.id}`).set(auth(colleague)).expect(200);
      expect(file.headers['content-type']).toBe('image/png');
      expect(file.headers['content-disposition']).toContain('kriteerit.pdf');
    });

    it('refuses content that is not an allowed type whatever its name (415), and non-members (404)', async () => {
      const res = await t.http
        .post(`/api/developer-groups/${group.id}/documents`)
        .set(auth(member))
        .attach('file', Buffer.from('<html><script>alert(1)</script></html>'), 'ohje.pdf')
        .expect(415);
      expect(res.body.code).toBe('UNSUPPORTED_TYPE');
      await t.http
        .post(`/api/developer-groups/${group.id}/documents`)
        .set(auth(outsider))
        .attach('file', PDF, 'x.pdf')
        .expect(404);
      await t.http.get(`/api/developer-groups/${group.id}/documents`).set(auth(outsider)).expect(404);
      const doc = (await t.http.get(`/api/developer-groups/${group.id}/documents`).set(auth(member))).body
        .items[0];
      await t.http.get(`/api/documents/${doc.id}`).set(auth(outsider)).expect(404);
      await t.http.get(`/api/documents/${NONE}`).set(auth(member)).expect(404);
    });
  });

  describe('events and market dialogues', () => {
    let meeting: GroupEventResponse;
    let dialogue: GroupEventResponse;
    const supplier = (over: object = {}) => ({
      fullName: 'Toimittaja Toni',
      company: 'Sähkökone Oy',
      businessId: businessId(),
      email: `toni-${Math.random().toString(36).slice(2)}@sahkokone.example`,
      consent: true,
      ...over,
    });

    beforeAll(async () => {
      meeting = (
        await t.http
          .post(`/api/developer-groups/${group.id}/events`)
          .set(auth(facilitator))
          .send({
            title: 'Kevään tapaaminen',
            kind: 'meeting',
            startsAt: '2027-03-10T10:00:00Z',
            location: 'Espoo',
          })
          .expect(201)
      ).body;
      dialogue = (
        await t.http
          .post(`/api/developer-groups/${group.id}/events`)
          .set(auth(admin))
          .send({
            title: 'Markkinavuoropuhelu: päästöttömät työkoneet',
            kind: 'market_dialogue',
            startsAt: '2027-04-01T09:00:00Z',
            onlineUrl: 'https://teams.example/keino',
            description: 'Kerromme tulevista hankinnoista.',
            registrationOpen: true,
          })
          .expect(201)
      ).body;
    });

    it('lets only facilitators and admins create events, and registration only for a market dialogue', async () => {
      const body = { title: 'x', kind: 'meeting', startsAt: '2027-03-10T10:00:00Z' };
      await t.http.post(`/api/developer-groups/${group.id}/events`).set(auth(member)).send(body).expect(403);
      await t.http
        .post(`/api/developer-groups/${group.id}/events`)
        .set(auth(facilitator))
        .send({ ...body, registrationOpen: true })
        .expect(400);
      await t.http
        .post(`/api/developer-groups/${group.id}/events`)
        .set(auth(facilitator))
        .send({ ...body, onlineUrl: 'javascript:alert(1)' })
        .expect(400);
    });

    it('answers anyone without a token exactly the public fields of an open market dialogue', async () => {
      const res = await t.http.get(`/api/events/${dialogue.id}`).expect(200);
      expect(res.body).toEqual({
        id: dialogue.id,
        title: 'Markkinavuoropuhelu: päästöttömät työkoneet',
        kind: 'market_dialogue',
        startsAt: '2027-04-01T09:00:00.000Z',
        location: null,
        onlineUrl: 'https://teams.example/keino',
        description: 'Kerromme tulevista hankinnoista.',
        groupName: 'Päästöttömät työmaat',
      });
      const outside = await t.http.get(`/api/events/${dialogue.id}`).set(auth(outsider)).expect(200);
      expect(Object.keys(outside.body).sort()).toEqual(Object.keys(res.body).sort());
      const inside = await t.http.get(`/api/events/${dialogue.id}`).set(auth(member)).expect(200);
      expect(inside.body).toMatchObject({
        groupId: group.id,
        registrationOpen: true,
        registrationCount: null,
      });
    });

    it('answers 401 without a token and 404 outside the group for a meeting', async () => {
      await t.http.get(`/api/events/${meeting.id}`).expect(401);
      await t.http.get(`/api/events/${meeting.id}`).set(auth(outsider)).expect(404);
      await t.http.get(`/api/events/${meeting.id}`).set(auth(colleague)).expect(200);
      await t.http.get(`/api/developer-groups/${group.id}/events`).set(auth(outsider)).expect(404);
      const list = await t.http
        .get(`/api/developer-groups/${group.id}/events`)
        .set(auth(colleague))
        .expect(200);
      expect(list.body.total).toBe(2);
    });

    it('registers a supplier without an account, emails a confirmation, and refuses the same address in any case', async () => {
      const email = `Anna.Ostaja-${Date.now()}@Toimittaja.example`;
      const res = await t.http
        .post(`/api/events/${dialogue.id}/registrations`)
        .send(supplier({ email, fullName: '  Anna Ostaja ', locale: 'sv' }))
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        eventId: dialogue.id,
        createdAt: expect.any(String),
      });
      const outbox = await t.http
        .get(`/api/admin/outbox?q=${encodeURIComponent(email.toLowerCase())}`)
        .set(auth(admin));
      expect(outbox.body.items[0]).toMatchObject({ subject: expect.stringContaining('Anmälan mottagen') });
      const dup = await t.http
        .post(`/api/events/${dialogue.id}/registrations`)
        .send(supplier({ email: email.toUpperCase() }))
        .expect(409);
      expect(dup.body.code).toBe('ALREADY_REGISTERED');
    });

    it('refuses bad input with 400 and writes nothing', async () => {
      const bad = [
        supplier({ businessId: '1234567-8' }),
        supplier({ consent: false }),
        supplier({ consent: 'true' }),
        supplier({ email: 'ei-osoite' }),
        supplier({ fullName: '' }),
        supplier({ company: 'x'.repeat(201) }),
        { ...supplier(), extra: 1 },
      ];
      for (const body of bad) {
        await t.http.post(`/api/events/${dialogue.id}/registrations`).send(body).expect(400);
      }
      const list = await t.http.get(`/api/events/${dialogue.id}/registrations`).set(auth(facilitator));
      expect(list.body.total).toBe(1);
    });

    it('answers 404 for an event that takes no registrations', async () => {
      await t.http.post(`/api/events/${meeting.id}/registrations`).send(supplier()).expect(404);
      await t.http.post(`/api/events/${NONE}/registrations`).send(supplier()).expect(404);
    });

    it('lists registrations to facilitators and admins and exports them as CSV (formulas neutralised) and Excel', async () => {
      await t.http
        .post(`/api/events/${dialogue.id}/registrations`)
        .send(supplier({ fullName: '=HYPERLINK("https://evil.example")', company: '+Kaava Oy' }))
        .expect(201);
      await t.http.get(`/api/events/${dialogue.id}/registrations`).set(auth(member)).expect(403);
      await t.http.get(`/api/events/${dialogue.id}/registrations`).set(auth(outsider)).expect(404);
      await t.http.get(`/api/events/${dialogue.id}/registrations.csv`).set(auth(member)).expect(403);
      const list = await t.http
        .get(`/api/events/${dialogue.id}/registrations`)
        .set(auth(facilitator))
        .expect(200);
      expect(list.body.total).toBe(2);
      const csv = await t.http
        .get(`/api/events/${dialogue.id}/registrations.csv`)
        .set(auth(admin))
        .expect(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      const lines = csv.text.trim().split('\n');
      expect(lines[0]).toBe('fullName,company,businessId,email,registeredAt');
      expect(lines).toHaveLength(3);
      expect(csv.text).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
      expect(csv.text).toContain("'+Kaava Oy");
      const xlsx = await t.http
        .get(`/api/events/${dialogue.id}/registrations.xlsx`)
        .set(auth(facilitator))
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    });

    it('deletes registrations a year after their event, and keeps the rest', async () => {
      const past = (
        await t.http
          .post(`/api/developer-groups/${group.id}/events`)
          .set(auth(facilitator))
          .send({
            title: 'Vanha vuoropuhelu',
            kind: 'market_dialogue',
            startsAt: new Date(Date.now() + 86_400_000).toISOString(),
            registrationOpen: true,
          })
          .expect(201)
      ).body as GroupEventResponse;
      await t.http.post(`/api/events/${past.id}/registrations`).send(supplier()).expect(201);
      // The event took place 366 days ago.
      await t.db.query(
        `UPDATE developer_group_events SET starts_at = now() - interval '366 days' WHERE id = $1`,
        [past.id],
      );
      const deleted = await t.app.get(RegistrationRetentionService).sweep();
      expect(deleted).toBe(1);
      const left = await t.http.get(`/api/events/${past.id}/registrations`).set(auth(admin));
      expect(left.body.total).toBe(0);
      const kept = await t.http.get(`/api/events/${dialogue.id}/registrations`).set(auth(admin));
      expect(kept.body.total).toBe(2);
    });
  });
});
