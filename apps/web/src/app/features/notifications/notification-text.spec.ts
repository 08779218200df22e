import type { NotificationResponse } from '@keino/contracts';

import { finnishDay, helsinkiTime, notificationText } from './notification-text';

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
    const text = notificationText(base, t);
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
    );
    expect(text.body).toContain('"time":"10.00"');
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
    );
    expect(text.title).toBe(
      'membership.notification.title{"name":"Uuno Uusi","organization":"Tampereen kaupunki"}',
    );
    expect(text.body).toContain('membership.notification.body');
    expect(text.link).toBe('/team');
  });

  it('links the follow-up reminder to the follow-up page', () => {
    expect(notificationText({ ...base, kind: 'follow_up_open' }, t).link).toBe('/learning/e1/follow-up');
  });

  it('links a waitlisted enrolment to the learning page, which has no course to open yet', () => {
    expect(notificationText({ ...base, kind: 'enrollment_waitlisted' }, t).link).toBe('/learning');
  });
});

describe('dates and times', () => {
  it('writes Finnish days and summer/winter times', () => {
    expect(finnishDay('2027-03-05')).toBe('5.3.2027');
    expect(helsinkiTime('2027-06-01T07:30:00Z')).toBe('10.30');
    expect(helsinkiTime('2027-01-01T07:30:00Z')).toBe('09.30');
  });
});
