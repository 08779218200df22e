import type { NotificationResponse } from '@keino/contracts';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface NotificationText {
  title: string;
  body: string;
  /** Where the notification leads: the course player of the enrolment, its follow-up, the learning page, the team page. */
  link: string;
}

/** `2026-12-01T08:00:00Z` → `10.00` in Finnish time (the workshops' own time zone). */
export function helsinkiTime(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Helsinki',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('hour')}.${part('minute')}`;
}

/** `YYYY-MM-DD` → `1.12.2026`. */
export function finnishDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d}.${m}.${y}`;
}

/** The title, text and link of one notification, from its kind's texts and its facts. Pure. */
export function notificationText(n: NotificationResponse, t: Translate): NotificationText {
  const p = n.payload;
  // The one kind about an organisation, not a cohort: its coordinators decide the request on the team page.
  if (n.kind === 'membership_requested') {
    const facts = { name: p.requesterName ?? '', organization: p.organizationName ?? '' };
    return {
      title: t('membership.notification.title', facts),
      body: t('membership.notification.body', facts),
      link: '/team',
    };
  }
  const params = {
    cohort: p.cohortName,
    course: p.courseTitle,
    module: p.moduleTitle ?? '',
    activity: p.activityTitle ?? '',
    date: p.date ? finnishDay(p.date) : '',
    time: p.startsAt ? helsinkiTime(p.startsAt) : '',
    location: p.location ?? '',
    done: p.completedRequired ?? 0,
    expected: p.expectedRequired ?? 0,
  };
  const body = t(`notifications.kinds.${n.kind}.body`, params);
  const where = p.location ? ` ${t('notifications.location', params)}` : '';
  // A waitlisted enrolment has no course to open yet; the follow-up has a page of its own.
  const link =
    p.enrollmentId && n.kind === 'follow_up_open'
      ? `/learning/${p.enrollmentId}/follow-up`
      : p.enrollmentId && n.kind !== 'enrollment_waitlisted'
        ? `/learning/${p.enrollmentId}`
        : '/learning';
  return {
    title: t(`notifications.kinds.${n.kind}.title`, params),
    body: n.kind === 'workshop_tomorrow' ? `${body}${where}` : body,
    link,
  };
}
