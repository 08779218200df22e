import type { NotificationResponse } from '@keino/contracts';

import { notificationText } from './notification-text';

// A stand-in translator that shows which key and facts were asked for.
const t = (key: string, params?: Record<string, unknown>) => `${key}${params ? JSON.stringify(params) : ''}`;

const base: NotificationResponse = {
  id: 'n1',
  kind: 'module_released',
  payload: {
    cohortId: 'c1',
    enrollmentId: 'e1',
    cohortName: 'Kevät',
    courseTitle: 'Hankinnat',
    moduleTitle: 'Markkinavuoropuhelu',
    date: '2026-12-01',
  },
  createdAt: '2026-12-01T04:00:00.000Z',
  readAt: null,
};

describe('notificationText', () => {
  it('fills the kind’s title and text with the facts and links to the course player', () => {
    const text = notificationText(base, t, 'fi');
    expect(text.title).toContain('notifications.kinds.module_released.title');
    expect(text.body).toContain('"module":"Markkinavuoropuhelu"');
    expect(text.body).toContain('"date":"1.12.2026"');
    expect(text.link).toBe('/learning/e1');
  });

  it('gives a workshop its Finnish start time and place', () => {
    const text = notificationText(
      {
        ...base,
        kind: 'workshop_tomorrow',
        payload: {
          ...base.payload,
          activityTitle: 'Työpaja',
          startsAt: '2026-12-02T08:00:00Z',
          location: 'Pasila',
        },
      },
      t,
      'fi',
    );
    expect(text.body).toContain('"time":"klo 10.00"');
    expect(text.body).toContain('notifications.location');
  });

  it('names who asks to join which organisation, and leads the coordinator to the team page to decide', () => {
    const text = notificationText(
      {
        ...base,
        kind: 'membership_requested',
        payload: {
          requestId: 'r1',
          organizationId: 'o1',
          organizationName: 'Tampereen kaupunki',
          requesterName: 'Uuno Uusi',
        },
      },
      t,
      'fi',
    );
    expect(text.title).toBe(
      'membership.notification.title{"name":"Uuno Uusi","organization":"Tampereen kaupunki"}',
    );
    expect(text.body).toContain('membership.notification.body');
    expect(text.link).toBe('/team');
  });

  it('links the follow-up reminder to the follow-up page', () => {
    expect(notificationText({ ...base, kind: 'follow_up_open' }, t, 'fi').link).toBe(
      '/learning/e1/follow-up',
    );
  });

  it('links a waitlisted enrolment to the learning page, which has no course to open yet', () => {
    expect(notificationText({ ...base, kind: 'enrollment_waitlisted' }, t, 'fi').link).toBe('/learning');
  });
});

describe('dates and times', () => {
  it('writes days and Finnish-time hours in the reader’s language', () => {
    const workshop = {
      ...base,
      kind: 'workshop_tomorrow' as const,
      payload: { ...base.payload, startsAt: '2027-01-01T07:30:00Z' },
    };
    expect(notificationText(workshop, t, 'fi').body).toContain('"time":"klo 9.30"');
    expect(notificationText(workshop, t, 'sv').body).toContain('"time":"kl. 9.30"');
    expect(
      notificationText({ ...base, payload: { ...base.payload, date: '2027-03-05' } }, t, 'en').body,
    ).toContain('"date":"5.3.2027"');
  });
});
