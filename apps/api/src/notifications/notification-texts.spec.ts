import { formatDay, formatTime, renderEmail } from './notification-texts';
import { enrollmentNotificationKind } from './reminder-jobs.service';

const payload = {
  cohortId: 'c1',
  cohortName: 'Kevät 2027',
  courseTitle: 'Hankinnat',
  activityTitle: 'Aloitustyöpaja',
  startsAt: '2027-01-20T08:00:00Z',
  location: 'Pasila',
};

describe('renderEmail', () => {
  it('writes the workshop reminder in the recipient’s language with the Finnish start time', () => {
    expect(renderEmail('workshop_tomorrow', 'fi', payload, 'Fiia')).toEqual({
      subject: 'Työpaja huomenna: Aloitustyöpaja',
      body: expect.stringMatching(
        /^Hei Fiia,\n\nTyöpaja Aloitustyöpaja alkaa huomenna klo 10\.00, paikka: Pasila\./,
      ),
    });
    expect(renderEmail('workshop_tomorrow', 'sv', payload, 'Sven').subject).toBe(
      'Workshop i morgon: Aloitustyöpaja',
    );
    expect(renderEmail('workshop_tomorrow', 'en', payload, '').body).toMatch(
      /^The workshop .* at 10\.00, at Pasila\./,
    );
  });

  it('tells those behind how far they are', () => {
    const email = renderEmail(
      'cohort_ending',
      'en',
      { ...payload, date: '2027-02-14', completedRequired: 1, expectedRequired: 4 },
      'Ann',
    );
    expect(email.body).toContain('ends on 14 February 2027. You have completed 1 of the 4 required');
  });
});

describe('the follow-up reminder', () => {
  it('asks in the recipient’s language, with the last day and a link to the follow-up page', () => {
    const facts = { ...payload, enrollmentId: 'e-1', date: '2028-03-31' };
    const fi = renderEmail('follow_up_open', 'fi', facts, 'Aino', 'https://academy.example');
    expect(fi.subject).toBe(`Vuosi kurssin jälkeen: ${payload.cohortName}`);
    expect(fi.body).toContain('31.3.2028 mennessä: https://academy.example/learning/e-1/follow-up');
    const sv = renderEmail('follow_up_open', 'sv', facts, 'Sven', 'https://academy.example');
    expect(sv.body).toContain('senast 31.3.2028: https://academy.example/learning/e-1/follow-up');
    expect(renderEmail('follow_up_open', 'en', facts, '', 'https://a.example').body).toContain(
      'by 31 March 2028: https://a.example/learning/e-1/follow-up',
    );
  });
});

describe('formatting', () => {
  it('writes days and times the way each language does', () => {
    expect(formatDay('2027-02-04', 'fi')).toBe('4.2.2027');
    expect(formatDay('2027-02-04', 'en')).toBe('4 February 2027');
    expect(formatTime('2027-07-01T12:05:00Z', 'sv')).toBe('kl. 15.05');
    // Winter time, and no leading zero: the web app writes "klo 9.05" the same way.
    expect(formatTime('2027-01-04T07:05:00Z', 'fi')).toBe('klo 9.05');
    expect(formatTime('2027-01-04T07:05:00Z', 'en')).toBe('at 9.05');
  });
});

describe('enrollmentNotificationKind', () => {
  it('names approvals, waitlistings and promotions, and nothing else', () => {
    expect(enrollmentNotificationKind('pending', 'active')).toBe('enrollment_approved');
    expect(enrollmentNotificationKind('waitlisted', 'active')).toBe('enrollment_promoted');
    expect(enrollmentNotificationKind(null, 'waitlisted')).toBe('enrollment_waitlisted');
    expect(enrollmentNotificationKind('pending', 'waitlisted')).toBe('enrollment_waitlisted');
    expect(enrollmentNotificationKind(null, 'active')).toBeNull();
    expect(enrollmentNotificationKind('active', 'withdrawn')).toBeNull();
  });
});
