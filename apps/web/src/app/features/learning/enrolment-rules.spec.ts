import type { MyEnrollmentResponse } from '@keino/contracts';

import { enrolErrorKey, enrolmentIn, seatsLeft, withdrawable } from './enrolment-rules';

const enrolment = (cohortId: string, status: MyEnrollmentResponse['status']) =>
  ({ id: `${cohortId}-${status}`, cohortId, status }) as MyEnrollmentResponse;

describe('enrolment rules', () => {
  it('lets the participant withdraw what is not finished or withdrawn already', () => {
    expect(withdrawable('pending')).toBe(true);
    expect(withdrawable('waitlisted')).toBe(true);
    expect(withdrawable('active')).toBe(true);
    expect(withdrawable('completed')).toBe(false);
    expect(withdrawable('withdrawn')).toBe(false);
  });

  it('finds the caller’s enrolment in a cohort, ignoring a withdrawn one', () => {
    const list = [enrolment('a', 'withdrawn'), enrolment('b', 'pending')];
    expect(enrolmentIn(list, 'a')).toBeUndefined();
    expect(enrolmentIn(list, 'b')?.status).toBe('pending');
    expect(enrolmentIn(list, 'c')).toBeUndefined();
  });

  it('names the known refusals and falls back to a generic message', () => {
    expect(enrolErrorKey('ENROLLMENT_CLOSED')).toBe('catalogue.error.ENROLLMENT_CLOSED');
    expect(enrolErrorKey('COHORT_FULL')).toBe('catalogue.error.OTHER');
    expect(enrolErrorKey(undefined)).toBe('catalogue.error.OTHER');
  });

  it('counts free seats, never below zero', () => {
    expect(seatsLeft({ capacity: 24, seatsTaken: 2 })).toBe(22);
    expect(seatsLeft({ capacity: 2, seatsTaken: 3 })).toBe(0);
  });
});
