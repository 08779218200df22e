import type { EnrollmentResponse } from '@keino/contracts';

import {
  Actor,
  auth,
  createCohort,
  createOrganization,
  createPublishedCourse,
  createUser,
  enrol,
  openAssignment,
} from '../../test/factories';
import { startSuite } from '../../test/setup/suite';
import { asBuffer, TestApp } from '../../test/setup/test-app';
import { PDF, PNG } from './testing/sample-files';

describe('team assignment files over HTTP', () => {
  let t: TestApp;
  let anna: Actor;
  let bertta: Actor;
  let assignmentId: string;
  const enrolments: Record<string, EnrollmentResponse> = {};

  // A team of two whose draft already holds one file, linjaus.pdf.
  beforeAll(async () => {
    let admin: Actor;
    ({ t, admin } = await startSuite());
    const org = (await createOrganization(t, admin, { name: 'Aurinkokunta' })).id;
    const trainer = await createUser(t, admin, { roles: ['trainer'] });
    anna = await createUser(t, admin, { organizationId: org, fullName: 'Anna Aurinko' });
    bertta = await createUser(t, admin, { organizationId: org, fullName: 'Bertta Aurinko' });
    const course = await createPublishedCourse(t, trainer, { modules: [['page', 'assignment']] });
    assignmentId = course.modules[0].activities[1].id;
    const cohortId = (await createCohort(t, admin, course.id, { trainerIds: [trainer.id] })).id;
    for (const [name, who] of Object.entries({ anna, bertta })) {
      enrolments[name] = await enrol(t, who, cohortId);
    }
    const draft = await open(anna);
    await upload(anna, draft.id, PDF, 'linjaus.pdf').expect(201);
  });
  afterAll(() => t.close());

  const open = (who: Actor) => openAssignment(t, who, enrolments['anna'].id, assignmentId);

  const upload = (who: Actor, id: string, data: Buffer, name: string) =>
    t.http.post(`/api/assignments/${id}/attachments`).set(auth(who)).attach('file', data, name);

  it('types files by content: a fake .pdf is refused, real PDF and PNG are kept, over 20 MB is refused', async () => {
    const { id } = await open(anna);
    const fake = await upload(anna, id, Buffer.from('just text, not a PDF at all'), 'raportti.pdf').expect(
      415,
    );
    expect(fake.body.code).toBe('UNSUPPORTED_TYPE');
    const html = await upload(anna, id, Buffer.from('<html><script>x</script></html>'), 'sivu.png').expect(
      415,
    );
    expect(html.body.code).toBe('UNSUPPORTED_TYPE');
    const big = Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]);
    const tooBig = await upload(anna, id, big, 'iso.pdf').expect(413);
    expect(tooBig.body.code).toBe('FILE_TOO_LARGE');
    await t.http.post(`/api/assignments/${id}/attachments`).set(auth(anna)).send({ file: 'x' }).expect(400);

    // A PNG named .pdf is kept as what it is.
    const png = await upload(anna, id, PNG, 'kaavio.pdf').expect(201);
    expect(png.body).toMatchObject({ fileName: 'kaavio.pdf', mediaType: 'image/png', size: PNG.length });
    const down = await t.http
      .get(`/api/assignments/${id}/attachments/${png.body.id}`)
      .set(auth(bertta))
      .buffer(true)
      .parse(asBuffer)
      .expect(200);
    expect(down.headers['content-type']).toBe('image/png');
    expect(down.headers['x-content-type-options']).toBe('nosniff');
    expect(down.headers['content-disposition']).toMatch(/^attachment; filename="kaavio.pdf"/);
    expect(Buffer.compare(down.body as Buffer, PNG)).toBe(0);

    // Deleting a file that no version lists removes it.
    await t.http.delete(`/api/assignments/${id}/attachments/${png.body.id}`).set(auth(bertta)).expect(204);
    await t.http.get(`/api/assignments/${id}/attachments/${png.body.id}`).set(auth(anna)).expect(404);
    const now = await open(anna);
    expect(now.attachments.map((a) => a.fileName)).toEqual(['linjaus.pdf']);
  });
});
