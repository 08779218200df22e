import { AccountsPersonalData } from '../../accounts/accounts.personal-data';
import { TestApp } from '../../../test/setup/test-app';
import { startSuite } from '../../../test/setup/suite';
import { auth, type Actor } from '../../../test/factories';
import { PersonalDataParts } from './personal-data-parts';
import { ownersBySection, PERSONAL_DATA_SECTION_KEYS } from './personal-data-sections';

// The modules whose tables hold personal data (docs/architecture.md's module map): each registers one part.
const OWNERS = [
  'AccountsModule',
  'AssessmentsModule',
  'AssignmentsModule',
  'AuditModule',
  'CallsModule',
  'CasesModule',
  'CertificatesModule',
  'CohortsModule',
  'CoursesModule',
  'DeveloperGroupsModule',
  'EnrollmentsModule',
  'GroupsModule',
  'NotificationsModule',
  'OrganizationsModule',
  'ProgressModule',
  'SsoModule',
];

describe('personal data as a contract of the modules', () => {
  let t: TestApp;
  let admin: Actor;

  beforeAll(async () => {
    ({ t, admin } = await startSuite());
  });
  afterAll(() => t.close());

  it('discovers exactly one part in each module that owns personal data', () => {
    const owners = t.app
      .get(PersonalDataParts)
      .all()
      .map((p) => p.owner);
    expect([...owners].sort()).toEqual(OWNERS);
  });

  it('fills every section of the export from exactly one part', async () => {
    const person = await t.app.get(AccountsPersonalData).findSubject(admin.id, t.db);
    if (!person) throw new Error('the admin exists');
    const filled = [];
    for (const { owner, part } of t.app.get(PersonalDataParts).all()) {
      filled.push({ owner, sections: await part.export(person, t.db) });
    }
    const twiceOrNever = [...ownersBySection(filled)].filter(([, owners]) => owners.length !== 1);
    expect(twiceOrNever).toEqual([]);
  });

  it('answers the export’s keys in the contract’s order', async () => {
    const res = await t.http.get('/api/auth/me/data').set(auth(admin)).expect(200);
    expect(Object.keys(res.body)).toEqual(['exportedAt', ...PERSONAL_DATA_SECTION_KEYS]);
  });
});
