import type { NotificationResponse } from '@keino/contracts';

import { type FormatLanguage, formatMoment } from '../../core/i18n/local-format';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface NotificationText {
  title: string;
  body: string;
  /** Where the notification leads: the course player of the enrolment, its follow-up, the learning page, the team page. */
  link: string;
}

/** The title, text and link of one notification, from its kind's texts and its facts. Pure. */
export function notificationText(
  n: NotificationResponse,
  t: Translate,
  language: FormatLanguage,
): NotificationText {
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
  // A reply in a developer group's thread the person follows: it opens the thread.
  if (n.kind === 'thread_reply') {
    const facts = { thread: p.threadTitle ?? '', group: p.groupName ?? '', author: p.authorName ?? '' };
    return {
      title: t('notifications.kinds.thread_reply.title', facts),
      body: t('notifications.kinds.thread_reply.body', facts),
      link: p.threadId ? `/developer-groups/threads/${p.threadId}` : '/developer-groups',
    };
  }
  // A call's decision: about the organisation's application, which the page of the application shows.
  if (n.kind === 'application_decided') {
    const facts = { call: p.callTitle ?? '', decision: t(`calls.decisions.${p.decision ?? 'accepted'}`) };
    return {
      title: t('calls.notification.title', facts),
      body: p.message
        ? `${t('calls.notification.body', facts)} ${p.message}`
        : t('calls.notification.body', facts),
      link: `/calls/applications/${p.applicationId ?? ''}`,
    };
  }
  const params = {
    cohort: p.cohortName,
    course: p.courseTitle,
    module: p.moduleTitle ?? '',
    activity: p.activityTitle ?? '',
    date: formatMoment(p.date, language) ?? '',
    // "klo 10.00": the workshop's time in Finnish time, with the language's word for it.
    time: formatMoment(p.startsAt, language, 'time') ?? '',
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
