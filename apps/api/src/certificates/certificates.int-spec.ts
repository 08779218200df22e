import type { CertificateResponse, ListResponse } from '@keino/contracts';

import { Actor, auth, createCohort, createPublishedCourse, createUser, enrol } from '../../test/factories';
import { asBuffer, TestApp } from '../../test/setup/test-app';
import { CertificatesService } from './certificates.service';
import { startSuite } from '../../test/setup/suite';

describe('certificates over HTTP', () => {
  let t: TestApp;
  let admin: Actor;
  let trainer: Actor;

  beforeAll(async () => {
    ({ t, admin, trainer } = await startSuite({ users: { trainer: 'trainer' } }));
  });
  afterAll(() => t.close());

  /** A participant who completed a one-page course; answers their certificate. */
  async function completedParticipant(options: { locale?: 'fi' | 'sv' | 'en'; fullName?: string } = {}) {
    const course = await createPublishedCourse(t, trainer, { modules: [['page', 'link!']] });
    const cohort = await createCohort(t, admin, course.id, { name: 'Kevät 2026' });
    const person = await createUser(t, admin, { fullName: options.fullName ?? 'Åsa Öhman-Ärlig' });
    if (options.locale) {
      await t.http.patch('/api/auth/me').set(auth(person)).send({ locale: options.locale }).expect(200);
    }
    const enrollment = await enrol(t, person, cohort.id);
    const mine = async () =>
      (await t.http.get('/api/me/certificates').set(auth(person)).expect(200)).body as ListResponse<CertificateResponse>;
    expect(await mine()).toEqual({ items: [], total: 0 });
    await t.http
      .put(`/api/enrollments/${enrollment.id}/progress/${course.modules[0].activities[0].id}`)
      .set(auth(person))
      .send({ state: 'completed' })
      .expect(200);
    const certificates = (await mine()).items;
    return { person, course, cohort, enrollment, certificates };
  }

  it('issues one certificate when the enrolment completes, with an unguessable code', async () => {
    const { person, course, cohort, enrollment, certificates } = await completedParticipant();
    expect(certificates).toEqual([
      {
        code: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/),
        enrollmentId: enrollment.id,
        cohortId: cohort.id,
        courseTitle: course.title,
        issuedAt: expect.any(String),
      },
    ]);
    // Completing again (idempotent) and a sweep issue nothing more.
    await t.http
      .put(`/api/enrollments/${enrollment.id}/progress/${course.modules[0].activities[0].id}`)
      .set(auth(person))
      .send({ state: 'completed' })
      .expect(200);
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM certificates WHERE enrollment_id = $1`,
      [enrollment.id],
    );
    expect(count).toBe(1);
  });

  it('lets anyone verify a code, answering the five fields and nothing more', async () => {
    const { certificates } = await completedParticipant({ fullName: 'Åsa Öhman-Ärlig' });
    const code = certificates[0].code;
    const res = await t.http.get(`/api/certificates/${code}`).expect(200);
    expect(res.body).toEqual({
      code,
      fullName: 'Åsa Öhman-Ärlig',
      courseTitle: certificates[0].courseTitle,
      cohortName: 'Kevät 2026',
      completedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    // Typed back from paper: lower case, no dashes.
    const typed = await t.http.get(`/api/certificates/${code.replace(/-/g, '').toLowerCase()}`).expect(200);
    expect(typed.body.code).toBe(code);
  });

  it('answers 404 for unknown or malformed codes', async () => {
    for (const code of ['00000-00000-00000-00000', 'abc', 'x'.repeat(90), 'ÄÄKKÖSET']) {
      const res = await t.http.get(`/api/certificates/${encodeURIComponent(code)}`).expect(404);
      expect(res.body.code).toBe('NOT_FOUND');
    }
  });

  it('gives the PDF to its holder and admins, in the holder’s language, and to nobody else', async () => {
    const { person, certificates } = await completedParticipant({ locale: 'sv' });
    const code = certificates[0].code;
    const res = await t.http
      .get(`/api/certificates/${code}/pdf`)
      .set(auth(person))
      .buffer(true)
      .parse(asBuffer)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // pdfkit writes the document's language and its embedded font into the file.
    expect(pdf.toString('latin1')).toContain('/Lang (sv)');
    expect(pdf.toString('latin1')).toMatch(/NotoSans/);

    await t.http.get(`/api/certificates/${code}/pdf`).set(auth(admin)).expect(200);
    const stranger = await createUser(t, admin);
    await t.http.get(`/api/certificates/${code}/pdf`).set(auth(stranger)).expect(404);
    await t.http.get(`/api/certificates/${code}/pdf`).expect(401);
  });

  it('issues certificates missing for completions that happened without the event', async () => {
    const course = await createPublishedCourse(t, trainer, { modules: [['page']] });
    const cohort = await createCohort(t, admin, course.id);
    const person = await createUser(t, admin);
    const enrollment = await enrol(t, person, cohort.id);
    await t.db.query(`UPDATE enrollments SET status = 'completed', completed_at = now() WHERE id = $1`, [
      enrollment.id,
    ]);
    await t.app.get(CertificatesService).issueMissing();
    const list = await t.http.get('/api/me/certificates').set(auth(person)).expect(200);
    expect(list.body).toEqual({ items: [expect.objectContaining({ enrollmentId: enrollment.id })], total: 1 });
  });

  it('removes the certificates of an erased person', async () => {
    const { person, certificates } = await completedParticipant();
    await t.http.delete(`/api/users/${person.id}`).set(auth(admin)).expect(204);
    await t.http.get(`/api/certificates/${certificates[0].code}`).expect(404);
  });
});
