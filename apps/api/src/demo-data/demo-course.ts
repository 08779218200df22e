import type { SeededAccount } from '../accounts/accounts.service';
import type { SeededCourseDraft } from '../courses/courses.service';
import type { CreateOrganizationDto } from '../organizations/dto/create-organization.dto';
import { withCheckDigit } from '../organizations/business-id';
import { DEMO_COURSE, DEMO_MODULES, DEMO_ORGANIZATIONS, FIRST_NAMES, LAST_NAMES } from './demo-content';
import { DAY } from './demo-history';

const ascii = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/** The demo organisations by their key in the demo content, as the organisations module creates them. */
export function demoOrganizations(): { key: string; input: CreateOrganizationDto }[] {
  return DEMO_ORGANIZATIONS.map((o) => ({
    key: o.key,
    input: { name: o.name, businessId: withCheckDigit(o.body), kind: o.kind, region: o.region },
  }));
}

/** Thirty generated participants, spread over the organisations in turn. */
export function demoParticipants(organizationIds: string[]): SeededAccount[] {
  return FIRST_NAMES.slice(0, 30).map((first, i) => ({
    email: `${ascii(first)}.${ascii(LAST_NAMES[i])}@demo.keino.example`,
    fullName: `${first} ${LAST_NAMES[i]}`,
    roles: ['participant'],
    organizationId: organizationIds[i % organizationIds.length],
  }));
}

/** The academy's course as a draft of the first trainer, both trainers editing it. */
export function demoCourseDraft(trainerIds: string[], now: number): SeededCourseDraft {
  return {
    title: DEMO_COURSE.title,
    summary: DEMO_COURSE.summary,
    language: 'fi',
    createdBy: trainerIds[0],
    trainerIds,
    modules: DEMO_MODULES.map((mod, m) => ({
      title: mod.title,
      summary: mod.summary,
      activities: mod.activities.map((act) => ({
        kind: act.kind,
        title: act.title,
        required: act.required,
        content: act.content ?? '',
        url: act.url ?? null,
        // Workshops are timed for the running cohort, whose module m opens 30·m days after it starts (90 days ago).
        startsAt:
          act.startsAfterDays === undefined
            ? null
            : new Date(now + (-90 + 30 * m + act.startsAfterDays) * DAY).toISOString().slice(0, 10) +
              'T07:00:00Z',
        location: act.location ?? null,
      })),
    })),
  };
}
