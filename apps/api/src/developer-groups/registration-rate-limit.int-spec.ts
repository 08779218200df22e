import { auth, businessId } from '../../test/factories';
import { startSuite } from '../../test/setup/suite';
import { TestApp } from '../../test/setup/test-app';
import { REGISTRATION_LIMIT } from './events.controller';

// A file of its own: the limit counts every registration from the test's one address.
describe('the public registration form’s rate limit', () => {
  let t: TestApp;
  let dialogue: string;

  beforeAll(async () => {
    const suite = await startSuite({ users: { facilitator: 'trainer' } });
    t = suite.t;
    const group = await t.http
      .post('/api/developer-groups')
      .set(auth(suite.admin))
      .send({
        name: 'Ryhmä',
        theme: 't',
        description: '',
        language: 'fi',
        facilitatorIds: [suite.facilitator.id],
      })
      .expect(201);
    dialogue = (
      await t.http
        .post(`/api/developer-groups/${group.body.id}/events`)
        .set(auth(suite.facilitator))
        .send({
          title: 'Vuoropuhelu',
          kind: 'market_dialogue',
          startsAt: '2027-01-01T09:00:00Z',
          registrationOpen: true,
        })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  it(`takes ${REGISTRATION_LIMIT.limit} a minute from one address, then answers 429 and stores nothing more`, async () => {
    const send = (i: number) =>
      t.http.post(`/api/events/${dialogue}/registrations`).send({
        fullName: `Toimittaja ${i}`,
        company: 'Yritys Oy',
        businessId: businessId(),
        email: `toimittaja-${i}@yritys.example`,
        consent: true,
      });
    for (let i = 0; i < REGISTRATION_LIMIT.limit; i++) await send(i).expect(201);
    const refused = await send(999).expect(429);
    expect(refused.body.code).toBe('TOO_MANY_REQUESTS');
    const [{ count }] = await t.db.query<{ count: string }[]>(
      `SELECT count(*) FROM developer_group_event_registrations WHERE event_id = $1`,
      [dialogue],
    );
    expect(Number(count)).toBe(REGISTRATION_LIMIT.limit);
  });
});
