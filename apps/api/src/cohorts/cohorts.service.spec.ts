import type { DataSource, EntityManager } from 'typeorm';

import type { CoursesService } from '../courses/courses.service';
import type { PromotedEnrollment, WaitlistService } from '../enrollments/waitlist.service';
import type { CohortsRepository } from './cohorts.repository';
import { CohortsService } from './cohorts.service';

// Seats with fakes: the repository counts seats, the waitlist hands out as many enrolments as it is asked for.
function setUp(freeAfterRelease: number) {
  const seatChanges: number[] = [];
  const repository = {
    addSeatsTaken: (_tx: EntityManager, _id: string, seats: number) => {
      seatChanges.push(seats);
      return Promise.resolve();
    },
    freeSeats: () => Promise.resolve(freeAfterRelease),
  };
  const asked: number[] = [];
  const waitlist = {
    promote: (_tx: EntityManager, _actor: string | null, _cohort: string, seats: number) => {
      asked.push(seats);
      const promoted: PromotedEnrollment[] = Array.from({ length: seats }, (_, i) => ({
        enrollmentId: `e${i}`,
        userId: `u${i}`,
      }));
      return Promise.resolve(promoted);
    },
  };
  const service = new CohortsService(
    {} as DataSource,
    repository as unknown as CohortsRepository,
    {} as CoursesService,
    waitlist as unknown as WaitlistService,
  );
  return { service, seatChanges, asked, tx: {} as EntityManager };
}

describe('CohortsService seats', () => {
  it('gives the seat an active enrolment leaves to the first on the waitlist and counts it taken again', async () => {
    const { service, seatChanges, asked, tx } = setUp(1);
    const promoted = await service.releaseSeat(tx, 'admin', 'cohort');
    expect(promoted).toEqual([{ enrollmentId: 'e0', userId: 'u0' }]);
    expect(asked).toEqual([1]);
    expect(seatChanges).toEqual([-1, 1]);
  });

  it('only frees the seat when nobody waits for it', async () => {
    const { service, seatChanges, tx } = setUp(0);
    expect(await service.releaseSeat(tx, 'admin', 'cohort')).toEqual([]);
    expect(seatChanges).toEqual([-1]);
  });

  it('takes one seat for an enrolment that became active', async () => {
    const { service, seatChanges, tx } = setUp(0);
    await service.takeSeat(tx, 'cohort');
    expect(seatChanges).toEqual([1]);
  });
});
