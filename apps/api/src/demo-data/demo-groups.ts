import { AssignmentManagementReviewsService } from '../assignments/assignment-management-reviews.service';
import { AssignmentSubmissionsService } from '../assignments/assignment-submissions.service';
import { GroupsService } from '../groups/groups.service';
import { MeetingsService } from '../groups/meetings.service';
import { DAY, dayOffset } from './demo-history';

/** The services the small groups of the demo are made with. */
export interface DemoGroupServices {
  groups: GroupsService;
  meetings: MeetingsService;
  submissions: AssignmentSubmissionsService;
  managementReviews: AssignmentManagementReviewsService;
}

/** The running cohort's three small groups: their organisations (demo keys), coach and mentors' e-mails. */
const DEMO_GROUPS = [
  {
    name: 'Pienryhmä Pirkanmaa ja Keski-Suomi',
    coach: 'coach@keino.example',
    organizations: ['tampere', 'pirha', 'ksshva'],
  },
  {
    name: 'Pienryhmä Uusimaa ja Varsinais-Suomi',
    coach: 'trainer2@keino.example',
    organizations: ['espoo', 'turku', 'vayla'],
  },
  { name: 'Pienryhmä Pohjoinen', coach: 'coach@keino.example', organizations: ['oulu', 'lappi'] },
];

/** Every organisation's mentor (KEINO-kummi) in the running cohort. */
const DEMO_MENTORS: Record<string, string> = {
  tampere: 'mentor@keino.example',
  espoo: 'mentor@keino.example',
  oulu: 'mentor@keino.example',
  turku: 'mentor@keino.example',
  pirha: 'trainer2@keino.example',
  ksshva: 'trainer2@keino.example',
  vayla: 'trainer@keino.example',
  lappi: 'trainer@keino.example',
};

const STAFF = ['trainer'] as const;

/**
 * The running cohort in three groups with their coaches, a mentor for every organisation, a past meeting of each
 * group with who came and a coming one, and Tampere's team's presentation to its management team. Through the
 * groups' and assignments' use cases, as the cohort's trainer and the group's coach would make them.
 */
export async function seedGroups(
  s: DemoGroupServices,
  cohortId: string,
  orgs: Record<string, string>,
  byEmail: Record<string, string>,
  manager: string,
  now: number,
): Promise<void> {
  const trainer = { id: byEmail['trainer@keino.example'], roles: [...STAFF] };
  for (const [i, g] of DEMO_GROUPS.entries()) {
    const group = await s.groups.create(trainer, cohortId, {
      name: g.name,
      coachIds: [byEmail[g.coach]],
      organizationIds: g.organizations.map((key) => orgs[key]),
    });
    const coach = { id: byEmail[g.coach], roles: [...STAFF] };
    const at = (days: number, hour: number) =>
      `${dayOffset(days, now)}T${String(hour).padStart(2, '0')}:00:00Z`;
    const past = await s.meetings.create(coach, group.id, {
      title: 'Pienryhmän tapaaminen 1: tavoitteet',
      startsAt: at(-21 + i, 10),
      endsAt: at(-21 + i, 12),
      location: i === 1 ? 'Espoon kaupungintalo' : undefined,
      onlineUrl: i === 1 ? undefined : 'https://teams.keino.example/pienryhma',
    });
    await s.meetings.create(coach, group.id, {
      title: 'Pienryhmän tapaaminen 2: kehittämistehtävän sparraus',
      startsAt: at(5 + i, 11),
      endsAt: at(5 + i, 13),
      onlineUrl: 'https://teams.keino.example/pienryhma',
    });
    // Most came; every third person of the group did not.
    for (const [n, person] of (past.people ?? []).entries()) {
      await s.meetings.setAttendance(coach, past.id, person.id, n % 3 !== 2);
    }
  }
  for (const [key, email] of Object.entries(DEMO_MENTORS)) {
    await s.groups.setMentor(trainer, cohortId, orgs[key], byEmail[email]);
  }
  const tampere = (await s.submissions.teamStates([{ cohortId, organizationId: orgs['tampere'] }])).get(
    `${cohortId}/${orgs['tampere']}`,
  );
  if (!tampere) throw new Error('Tampere’s team has no development assignment in the demo');
  await s.managementReviews.record({ id: manager, roles: ['participant'] }, tampere.id, {
    presentedOn: new Date(now - 1 * DAY).toISOString().slice(0, 10),
    outcome: 'endorsed',
    note: '<p>Johtoryhmä hyväksyi kehittämistehtävän ja nimesi hankintojen ilmastotavoitteille vastuuhenkilön.</p>',
  });
}
