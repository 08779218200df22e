import type { ApplicationInput, Role } from '@keino/contracts';

import type { ApplicationsService } from '../calls/applications.service';
import type { CallsService } from '../calls/calls.service';
import type { SelectionService } from '../calls/selection.service';
import type { CreateApplicationDto } from '../calls/dto/application.dto';
import type { ReviewDto } from '../calls/dto/application.dto';
import { demoParticipants } from './demo-course';
import { DAY } from './demo-history';

export interface CallSeeding {
  calls: CallsService;
  applications: ApplicationsService;
  selection: SelectionService;
}

/** The next cohort's call: open since ten days, closing in thirty; the criteria its reviewers score. */
export const DEMO_CALL = {
  title: 'Haku KEINO-akatemiaan 2027, kevät',
  opensDaysAgo: 10,
  closesInDays: 30,
  maxOrganizations: 4,
  criteria: [
    { key: 'task', title: 'Kehittämistehtävän merkitys ja toteutettavuus', weight: 3 },
    { key: 'commitment', title: 'Johdon sitoutuminen', weight: 2 },
    { key: 'team', title: 'Tiimin kokoonpano', weight: 2 },
    { key: 'impact', title: 'Vaikuttavuus ja levitettävyys', weight: 1 },
  ],
};

interface DemoApplication {
  organization: string;
  task: string;
  state: 'draft' | 'submitted';
  /** Scores by the two trainers, in the order of the criteria above. */
  reviews?: [number[], number[]];
}

/** Seven organisations of five regions: two drafts (Tampere's the coordinator continues), five submitted, three reviewed. */
export const DEMO_APPLICATIONS: DemoApplication[] = [
  {
    organization: 'tampere',
    state: 'draft',
    task: 'Hankintastrategian päivittäminen kestävyystavoitteiden mukaiseksi.',
  },
  { organization: 'lappi', state: 'draft', task: 'Yhteishankintojen markkinavuoropuhelun vakiinnuttaminen.' },
  {
    organization: 'espoo',
    state: 'submitted',
    task: 'Innovatiivisten hankintojen osuuden nostaminen kymmeneen prosenttiin.',
    reviews: [
      [5, 4, 4, 3],
      [4, 4, 3, 4],
    ],
  },
  {
    organization: 'oulu',
    state: 'submitted',
    task: 'Hiilijalanjäljen laskenta rakennushankintojen kilpailutuksiin.',
    reviews: [
      [4, 3, 3, 5],
      [3, 3, 4, 4],
    ],
  },
  {
    organization: 'pirha',
    state: 'submitted',
    task: 'Hoitotarvikehankintojen kiertotalousmalli koko hyvinvointialueelle.',
    reviews: [
      [3, 5, 4, 2],
      [4, 4, 4, 3],
    ],
  },
  {
    organization: 'turku',
    state: 'submitted',
    task: 'Ruokapalveluhankintojen ilmastovaikutusten puolittaminen.',
  },
  {
    organization: 'ksshva',
    state: 'submitted',
    task: 'Hankintojen vaikuttavuuden mittaristo johtoryhmän käyttöön.',
  },
];

/**
 * The call of the open cohort and its applications, through the calls module's use cases as each person would:
 * an admin opens the call and names the trainers reviewers, an organisation's person writes and submits, the
 * reviewers score.
 */
export async function seedCall(
  services: CallSeeding,
  cohortId: string,
  orgs: Record<string, string>,
  people: { byEmail: Record<string, string>; coordinator: string; trainers: string[]; generated: string[] },
  now: number,
): Promise<void> {
  const input = { cohortId, now, reviewerIds: people.trainers };
  const admin = { id: people.byEmail['admin@keino.example'], roles: ['admin'] as Role[] };
  // Tampere's coordinator writes its draft; elsewhere the organisation's first generated participant.
  const participants = demoParticipants(Object.values(orgs));
  const writerOf = (organization: string) => {
    if (organization === 'tampere') {
      return {
        id: people.coordinator,
        roles: ['participant', 'coordinator'] as Role[],
        email: 'coordinator@keino.example',
      };
    }
    const i = participants.findIndex((p) => p.organizationId === orgs[organization]);
    return { id: people.generated[i], roles: ['participant'] as Role[], email: participants[i].email };
  };
  const call = await services.calls.create(admin, {
    cohortId: input.cohortId,
    title: DEMO_CALL.title,
    opensAt: new Date(input.now - DEMO_CALL.opensDaysAgo * DAY).toISOString(),
    closesAt: new Date(input.now + DEMO_CALL.closesInDays * DAY).toISOString(),
    maxOrganizations: DEMO_CALL.maxOrganizations,
    criteria: DEMO_CALL.criteria,
  });
  for (const reviewerId of input.reviewerIds) await services.calls.addReviewer(admin, call.id, reviewerId);
  for (const a of DEMO_APPLICATIONS) {
    const writer = writerOf(a.organization);
    const caller = { id: writer.id, roles: writer.roles };
    const body: Partial<ApplicationInput> =
      a.state === 'draft'
        ? { developmentTask: `<p>${a.task}</p>` }
        : {
            developmentTask: `<p>${a.task}</p><p>Tehtävä kytkeytyy organisaation strategiaan ja talousarvioon.</p>`,
            motivation: 'Johtoryhmä on käsitellyt hakemuksen ja varannut tiimille aikaa akatemian ajaksi.',
            sponsor: {
              fullName: 'Johtaja Esimerkki',
              title: 'hallintojohtaja',
              email: `johto.${a.organization}@keino.example`,
            },
            team: [
              { fullName: 'Hakemuksen kirjoittaja', email: writer.email, role: 'lead' },
              {
                fullName: 'Hankinta-asiantuntija',
                email: `asiantuntija.${a.organization}@keino.example`,
                role: 'expert',
              },
            ],
          };
    const created = await services.applications.create(caller, call.id, body as CreateApplicationDto);
    if (a.state === 'draft') continue;
    await services.applications.submit(caller, created.id);
    for (const [i, scores] of (a.reviews ?? []).entries()) {
      const reviewer = { id: input.reviewerIds[i], roles: ['trainer'] as Role[] };
      const named = Object.fromEntries(DEMO_CALL.criteria.map((c, k) => [c.key, scores[k]]));
      await services.selection.review(reviewer, created.id, {
        scores: named,
        comment: 'Selkeä ja toteuttamiskelpoinen.',
      } as ReviewDto);
    }
  }
}
